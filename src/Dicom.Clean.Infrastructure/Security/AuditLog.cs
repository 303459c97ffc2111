using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Persistence.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Security;

/// <summary>
/// The audit log in SQLite: one committed row per entry (a prepared insert, no change tracking:
/// every request appends one), queried newest first.
/// </summary>
internal sealed class AuditLog(SecurityDbContext db, SqliteWriteGate writeGate) : IAuditLog
{
    private const string InsertSql =
        "INSERT INTO audit_entries (at, key_id, action, instance_id, remote_address) VALUES ($at, $key, $action, $instance, $remote);";

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var turn = await writeGate.EnterAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var unflushed = IsReadOnly(entry.Action);
        try
        {
            if (unflushed)
            {
                // A read's entry reaches the WAL before the answer and is flushed by the next
                // durable commit (docs/security.md, "What is logged"): reads wait for no disk flush.
                SqliteConnectionFactory.ApplyUnflushedPragmas(connection);
            }

            await using var insert = connection.CreateCommand();
            insert.CommandText = InsertSql;
            insert.Parameters.AddWithValue("$at", SqliteTimestamp.Converter.ConvertToProvider(entry.At));
            insert.Parameters.AddWithValue("$key", entry.KeyId);
            insert.Parameters.AddWithValue("$action", entry.Action.ToString());
            insert.Parameters.AddWithValue("$instance", (object?)entry.InstanceId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$remote", (object?)entry.RemoteAddress ?? DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            if (unflushed)
            {
                SqliteConnectionFactory.ApplyWritePragmas(connection);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    // Entries of accesses that changed nothing; a change's entry is as durable as the change.
    private static bool IsReadOnly(AuditAction action) => action is AuditAction.Read or AuditAction.List or AuditAction.AuditRead or AuditAction.Denied;

    public async Task<AuditPage> QueryAsync(AuditFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.KeyId is { } keyId)
        {
            query = query.Where(e => e.KeyId == keyId);
        }

        if (filter.InstanceId is { } instanceId)
        {
            query = query.Where(e => e.InstanceId == instanceId);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new AuditPage(items, total);
    }
}
