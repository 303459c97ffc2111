using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>Applies migrations at start (never EnsureCreated) and switches the database to WAL.</summary>
public static partial class DatabaseInitializer
{
    /// <summary>Migrates the database and sets the journal mode; call once before serving.</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DicomDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers run beside the one writer; the mode is stored in the database file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        LogMigrated(logger, pending);
    }

    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Database ready: {PendingMigrations} migrations applied, WAL journal")]
    private static partial void LogMigrated(ILogger logger, int pendingMigrations);
}
