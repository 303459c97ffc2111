using Dicom.Clean.Domain.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Jobs.Persistence;

/// <summary>
/// Folder import jobs and their files, in the same SQLite file as the instances but a context
/// (and migration history) of their own: jobs reference instances by id only, and their schema
/// evolves apart from the archive's.
/// </summary>
public sealed class ImportJobsDbContext(DbContextOptions<ImportJobsDbContext> options) : DbContext(options)
{
    /// <summary>Name of this context's migration history table.</summary>
    public const string MigrationsHistoryTable = "__import_jobs_migrations";

    /// <summary>Jobs.</summary>
    public DbSet<ImportJob> Jobs => Set<ImportJob>();

    /// <summary>Every file of every job, with its outcome.</summary>
    public DbSet<ImportJobFile> Files => Set<ImportJobFile>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ImportJobConfiguration());
        modelBuilder.ApplyConfiguration(new ImportJobFileConfiguration());
    }
}
