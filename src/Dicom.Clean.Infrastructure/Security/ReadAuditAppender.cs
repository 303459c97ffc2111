using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace Dicom.Clean.Infrastructure.Security;

/// <summary>
/// Appends the audit entries of reads, lists and refusals (one per request) through one connection
/// kept open with <c>synchronous=NORMAL</c> and one prepared insert: an entry costs one statement
/// step instead of a connection open, two pragma changes and a parse. Such an entry reaches the WAL
/// before the answer (it survives a process crash) and is flushed by the next durable commit or
/// checkpoint (docs/security.md, "What is logged"). Writes take the process's write turn like
/// every other writer.
/// </summary>
internal sealed class ReadAuditAppender(InfrastructureSettings settings, SqliteWriteGate writeGate) : IDisposable
{
    private SqliteConnection? _connection;
    private SqliteCommand? _insert;

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        var insert = _insert ?? await OpenAsync(cancellationToken);
        AuditLog.Bind(insert, entry);
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
        // Not pooled: its NORMAL setting must never reach another writer.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            SqliteConnectionFactory.ApplyUnflushedPragmas(connection);
            var insert = AuditLog.CreateInsert(connection);
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

    private void Close()
    {
        _insert?.Dispose();
        _connection?.Dispose();
        (_connection, _insert) = (null, null);
    }
}
