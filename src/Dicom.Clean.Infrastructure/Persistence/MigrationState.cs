using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>
/// Tells, with one query and no EF Core start-up, whether a database already holds every
/// migration this build knows (the usual restart): then start-up skips EF Core's migrator, whose
/// first use costs hundreds of milliseconds of model building and JIT.
/// </summary>
internal static class MigrationState
{
    public static async Task<bool> IsUpToDateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
        {
            return false;
        }

        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory;";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }

        return KnownMigrations().All(applied.Contains);
    }

    // The migrations compiled into this assembly for the service's context, read from their attributes.
    internal static IEnumerable<string> KnownMigrations() =>
        typeof(DicomDbContext).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration))
                        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(DicomDbContext))
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>();
}
