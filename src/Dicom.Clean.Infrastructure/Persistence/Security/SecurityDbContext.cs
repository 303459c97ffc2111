using Dicom.Clean.Domain.Security;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Persistence.Security;

/// <summary>
/// API keys, the audit log and blob key checks, in the same SQLite file as the instances but
/// with their own model and migration history: security changes never touch the imaging schema.
/// </summary>
public sealed class SecurityDbContext(DbContextOptions<SecurityDbContext> options) : DbContext(options)
{
    /// <summary>Name of this context's migration history table.</summary>
    public const string MigrationsHistoryTable = "__security_migrations_history";

    /// <summary>API keys (hashes only).</summary>
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    /// <summary>The audit log.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>One check value per blob encryption key that has written blobs.</summary>
    internal DbSet<BlobKeyCheck> BlobKeyChecks => Set<BlobKeyCheck>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ApiKeyConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new BlobKeyCheckConfiguration());
    }
}
