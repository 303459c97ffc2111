using Microsoft.Data.Sqlite;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>
/// Opens pooled connections to the service database for the read paths that bypass EF Core (the
/// tags document, start-up and health checks), and states the durability of writes: every write
/// connection is set to <c>synchronous=FULL</c>, so with the WAL journal each commit fsyncs the
/// log before it returns, and a commit that was acknowledged survives a process kill and a power
/// cut alike (docs/decisions/0013-durable-ingest-wal-synchronous-full.md).
/// Audit entries of reads and the default image's key are the exceptions (<see cref="ApplyUnflushedPragmas"/>).
/// </summary>
internal sealed class SqliteConnectionFactory(string connectionString)
{
    private const string WritePragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";
    private const string UnflushedPragmas = "PRAGMA synchronous=NORMAL;";

    public string ConnectionString { get; } = connectionString;

    /// <summary>A connection for reads (no pragmas needed).</summary>
    public async Task<SqliteConnection> OpenForReadAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// For one commit whose loss in a power cut is harmless: it reaches the WAL (it survives a
    /// crash or kill of the process) without an fsync of its own; the next durable commit or
    /// checkpoint flushes it. Used for a read's audit entry (an fsync per read otherwise) and for
    /// recording a default image's key (lost, the image is rendered again on its next read). The
    /// caller restores <see cref="ApplyWritePragmas"/> before the pooled connection is given back.
    /// </summary>
    public static void ApplyUnflushedPragmas(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = UnflushedPragmas;
        command.ExecuteNonQuery();
    }

    /// <summary>Makes an open connection's commits durable and its foreign keys enforced.</summary>
    public static void ApplyWritePragmas(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = WritePragmas;
        command.ExecuteNonQuery();
    }
}
