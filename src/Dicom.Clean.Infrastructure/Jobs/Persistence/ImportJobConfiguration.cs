using Dicom.Clean.Domain.Jobs;
using Dicom.Clean.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dicom.Clean.Infrastructure.Jobs.Persistence;

/// <summary>Table <c>import_jobs</c>.</summary>
internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("import_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).HasColumnName("id")
            .HasConversion(id => id.Value, value => ImportJobId.From(value))
            .HasMaxLength(22);
        builder.Property(j => j.RequestedPath).HasColumnName("requested_path").IsRequired();
        builder.Property(j => j.FolderPath).HasColumnName("folder_path").IsRequired();
        builder.Property(j => j.State).HasColumnName("state").HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.CreatedAt).HasColumnName("created_at").HasConversion(SqliteTimestamp.Converter);
        builder.Property(j => j.StartedAt).HasColumnName("started_at").HasConversion(SqliteTimestamp.Converter);
        builder.Property(j => j.FinishedAt).HasColumnName("finished_at").HasConversion(SqliteTimestamp.Converter);
        builder.Property(j => j.Resumptions).HasColumnName("resumptions");
        builder.Property(j => j.FailureReason).HasColumnName("failure_reason");
        // Jobs queued before callers were recorded ran for nobody in particular: the service.
        builder.Property(j => j.RequestedBy).HasColumnName("requested_by").HasMaxLength(200).HasDefaultValue("system");
        builder.Property(j => j.RequestedByRole).HasColumnName("requested_by_role").HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.RequestedFrom).HasColumnName("requested_from").HasMaxLength(64);

        // The worker's "next unfinished job", and the newest-first list.
        builder.HasIndex(j => new { j.State, j.CreatedAt }).HasDatabaseName("ix_import_jobs_state");
        builder.HasIndex(j => j.CreatedAt).HasDatabaseName("ix_import_jobs_created_at");
    }
}
