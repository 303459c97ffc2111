using Dicom.Clean.Infrastructure.Jobs.Persistence;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Infrastructure;

/// <summary>
/// Prepares storage before the first request: applies migrations (never EnsureCreated), switches
/// the database to WAL, creates the blob root and reconciles rows and blobs after a crash
/// (<see cref="StorageSweep"/>).
/// </summary>
public static partial class InfrastructureInitializer
{
    /// <summary>Migrates the database and creates the blob folders; call once before serving.</summary>
    public static async Task InitialiseInfrastructureAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        CreateMissingImportRoots(services.GetRequiredService<InfrastructureSettings>(), services.GetRequiredService<ILoggerFactory>());
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DicomDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(InfrastructureInitializer));
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        var jobs = scope.ServiceProvider.GetRequiredService<ImportJobsDbContext>();
        pending += (await jobs.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await jobs.Database.MigrateAsync(cancellationToken);
        // WAL lets readers run beside the one writer; the mode is stored in the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        // Before any request: nothing is being written while the sweep decides what is orphaned.
        var sweep = await new StorageSweep(db, services.GetRequiredService<DiskBlobStore>(), logger).RunAsync(cancellationToken);
        services.GetRequiredService<StorageConsistency>().LastSweep = sweep;
        LogReady(logger, pending, sweep.TemporaryFilesRemoved, sweep.OrphanBlobsRemoved);
    }

    // A fresh checkout has no import folder yet; create it so relative paths work at once. A root
    // that cannot be created (a read-only mount missing, say) only leaves imports there at 404.
    private static void CreateMissingImportRoots(InfrastructureSettings settings, ILoggerFactory loggers)
    {
        foreach (var (root, index) in settings.ImportRoots.Select((r, i) => (r, i)))
        {
            try
            {
                Directory.CreateDirectory(root);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogImportRootMissing(loggers.CreateLogger(typeof(InfrastructureInitializer)), index);
            }
        }
    }

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Import root {ImportRootIndex} does not exist and cannot be created")]
    private static partial void LogImportRootMissing(ILogger logger, int importRootIndex);

    [LoggerMessage(EventId = 400, Level = LogLevel.Information,
        Message = "Storage ready: {PendingMigrations} migrations applied, WAL journal, synchronous FULL, {SweptTemporaryFiles} temporary blobs and {SweptOrphanBlobs} blobs without a row removed")]
    private static partial void LogReady(ILogger logger, int pendingMigrations, int sweptTemporaryFiles, int sweptOrphanBlobs);
}
