using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace Dicom.Clean.Infrastructure.Security;

/// <summary>
/// Appends audit entries (one per request) through one connection kept open and one prepared
/// insert: an entry costs one statement step instead of a connection open, pragma statements and
/// a parse. Two per service (<see cref="AuditAppenders"/>): entries of changes commit with
/// <c>synchronous=FULL</c>, as durable as the change; entries of reads, lists and refusals with
/// <c>synchronous=NORMAL</c>: in the WAL before the answer (they survive a process crash), flushed
/// by the next durable commit or checkpoint (docs/security.md, "What is logged"). Writes take the
/// process's write turn like every other writer.
/// </summary>
internal sealed class AuditAppender(string connectionString, bool durable, SqliteWriteGate writeGate) : IDisposable
{
    private const string InsertSql =
        "INSERT INTO audit_entries (at, key_id, action, instance_id, remote_address) VALUES ($at, $key, $action, $instance, $remote);";

    private SqliteConnection? _connection;
    private SqliteCommand? _insert;

    /// <summary>Whether each append is flushed to disk before it returns.</summary>
    public bool Durable => durable;

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        var insert = _insert ?? await OpenAsync(cancellationToken);
        Bind(insert, entry);
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            // Whatever broke (a busy database, a cancelled step), start from a fresh connection.
            Close();
            throw;
        }
    }

    public void Dispose() => Close();

    private async Task<SqliteCommand> OpenAsync(CancellationToken cancellationToken)
    {
        // Not pooled: a NORMAL setting must never reach another writer.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (durable)
            {
                SqliteConnectionFactory.ApplyWritePragmas(connection);
            }
            else
            {
                SqliteConnectionFactory.ApplyUnflushedPragmas(connection);
            }

            var insert = CreateInsert(connection);
            insert.Prepare();
            (_connection, _insert) = (connection, insert);
            return insert;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The insert of one entry, its parameters unset.</summary>
    private static SqliteCommand CreateInsert(SqliteConnection connection)
    {
        var insert = connection.CreateCommand();
        insert.CommandText = InsertSql;
        insert.Parameters.Add("$at", SqliteType.Text);
        insert.Parameters.Add("$key", SqliteType.Text);
        insert.Parameters.Add("$action", SqliteType.Text);
        insert.Parameters.Add("$instance", SqliteType.Text);
        insert.Parameters.Add("$remote", SqliteType.Text);
        return insert;
    }

    private static void Bind(SqliteCommand insert, AuditEntry entry)
    {
        insert.Parameters[0].Value = SqliteTimestamp.Converter.ConvertToProvider(entry.At);
        insert.Parameters[1].Value = entry.KeyId;
        insert.Parameters[2].Value = entry.Action.ToString();
        insert.Parameters[3].Value = (object?)entry.InstanceId ?? DBNull.Value;
        insert.Parameters[4].Value = (object?)entry.RemoteAddress ?? DBNull.Value;
    }

    private void Close()
    {
        _insert?.Dispose();
        _connection?.Dispose();
        (_connection, _insert) = (null, null);
    }
}

/// <summary>The service's two audit appenders: durable for changes, unflushed for reads.</summary>
internal sealed class AuditAppenders(InfrastructureSettings settings, SqliteWriteGate writeGate) : IDisposable
{
    public AuditAppender Changes { get; } = new(settings.ConnectionString, durable: true, writeGate);

    public AuditAppender Reads { get; } = new(settings.ConnectionString, durable: false, writeGate);

    public void Dispose()
    {
        Changes.Dispose();
        Reads.Dispose();
    }
}
