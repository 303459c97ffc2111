using Dicom.Clean.Domain.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dicom.Clean.Infrastructure.Persistence.Configurations;

/// <summary>Table <c>instances</c>, with an index for every lookup the API does.</summary>
internal sealed class DicomInstanceConfiguration : IEntityTypeConfiguration<DicomInstance>
{
    public void Configure(EntityTypeBuilder<DicomInstance> builder)
    {
        builder.ToTable("instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasColumnName("id")
            .HasConversion(id => id.Value, value => InstanceId.From(value))
            .HasMaxLength(InstanceId.Length);
        builder.Property(i => i.StudyInstanceUid).HasColumnName("study_instance_uid").HasMaxLength(64);
        builder.Property(i => i.SeriesInstanceUid).HasColumnName("series_instance_uid").HasMaxLength(64);
        builder.Property(i => i.SopInstanceUid).HasColumnName("sop_instance_uid").HasMaxLength(64);
        builder.Property(i => i.SopClassUid).HasColumnName("sop_class_uid").HasMaxLength(64);
        builder.Property(i => i.Modality).HasColumnName("modality").HasMaxLength(16);
        builder.Property(i => i.PatientId).HasColumnName("patient_id");
        builder.Property(i => i.PatientName).HasColumnName("patient_name");
        builder.Property(i => i.StudyDate).HasColumnName("study_date");
        builder.Property(i => i.TransferSyntaxUid).HasColumnName("transfer_syntax_uid").HasMaxLength(64);
        builder.Property(i => i.Rows).HasColumnName("rows");
        builder.Property(i => i.Columns).HasColumnName("columns");
        builder.Property(i => i.NumberOfFrames).HasColumnName("number_of_frames");
        builder.Property(i => i.Sha256).HasColumnName("sha256").HasMaxLength(64).IsRequired();
        builder.Property(i => i.SizeBytes).HasColumnName("size_bytes");
        builder.Property(i => i.OriginalBlobKey).HasColumnName("original_blob_key").IsRequired();
        builder.Property(i => i.RenderedBlobKey).HasColumnName("rendered_blob_key");
        builder.Property(i => i.Version).HasColumnName("version");
        builder.Property(i => i.ReceivedAt).HasColumnName("received_at").HasConversion(SqliteTimestamp.Converter);

        builder.HasMany(i => i.TagValues).WithOne().HasForeignKey("InstanceId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.TagValues).HasField("_tagValues").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Duplicate detection: same bytes, or same SOP Instance UID and version (NULLs never collide
        // in SQLite). Without kept versions every instance is version 1: one file per SOP Instance UID.
        builder.HasIndex(i => i.Sha256).IsUnique().HasDatabaseName("ix_instances_sha256");
        builder.HasIndex(i => new { i.SopInstanceUid, i.Version }).IsUnique().HasDatabaseName("ix_instances_sop_instance_uid_version");
        // List filters, each with the list's order so a filtered page is read in index order.
        builder.HasIndex(i => new { i.PatientId, i.ReceivedAt }).HasDatabaseName("ix_instances_patient_id");
        builder.HasIndex(i => new { i.StudyInstanceUid, i.ReceivedAt }).HasDatabaseName("ix_instances_study_instance_uid");
        builder.HasIndex(i => new { i.SeriesInstanceUid, i.ReceivedAt }).HasDatabaseName("ix_instances_series_instance_uid");
        builder.HasIndex(i => new { i.Modality, i.ReceivedAt }).HasDatabaseName("ix_instances_modality");
        builder.HasIndex(i => i.ReceivedAt).HasDatabaseName("ix_instances_received_at");
    }
}
