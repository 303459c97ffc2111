using Dicom.Clean.Domain.Jobs;
using Dicom.Clean.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dicom.Clean.Infrastructure.Jobs.Persistence;

/// <summary>Table <c>import_job_files</c>: one row per listed file, deleted with its job.</summary>
internal sealed class ImportJobFileConfiguration : IEntityTypeConfiguration<ImportJobFile>
{
    public void Configure(EntityTypeBuilder<ImportJobFile> builder)
    {
        builder.ToTable("import_job_files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(f => f.JobId).HasColumnName("job_id")
            .HasConversion(id => id.Value, value => ImportJobId.From(value))
            .HasMaxLength(22);
        builder.Property(f => f.Ordinal).HasColumnName("ordinal");
        builder.Property(f => f.RelativePath).HasColumnName("relative_path").IsRequired();
        builder.Property(f => f.State).HasColumnName("state").HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.InstanceId).HasColumnName("instance_id").HasMaxLength(22);
        builder.Property(f => f.Reason).HasColumnName("reason");
        builder.Property(f => f.ClaimedAt).HasColumnName("claimed_at").HasConversion(SqliteTimestamp.Converter);

        builder.HasOne<ImportJob>().WithMany().HasForeignKey(f => f.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.JobId, f.Ordinal }).IsUnique().HasDatabaseName("ix_import_job_files_job_ordinal");
        // Claims (queued, in order), counts by state, failures in order.
        builder.HasIndex(f => new { f.JobId, f.State, f.Ordinal }).HasDatabaseName("ix_import_job_files_job_state");
    }
}
