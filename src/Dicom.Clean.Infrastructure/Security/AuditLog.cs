using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Persistence.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Security;

/// <summary>
/// The audit log in SQLite: one committed row per entry, appended through a prepared insert on a
/// connection kept open (<see cref="AuditAppender"/>; every request appends one), queried newest first.
/// </summary>
internal sealed class AuditLog(SecurityDbContext db, AuditAppenders appenders) : IAuditLog
{
    private const string InsertSql =
        "INSERT INTO audit_entries (at, key_id, action, instance_id, remote_address) VALUES ($at, $key, $action, $instance, $remote);";

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // A change's entry is as durable as the change; a read's reaches the WAL before the answer
        // and is flushed by the next durable commit (docs/security.md, "What is logged").
        return (IsReadOnly(entry.Action) ? appenders.Reads : appenders.Changes).AppendAsync(entry, cancellationToken);
    }

    /// <summary>The insert of one entry, its parameters unset.</summary>
    internal static SqliteCommand CreateInsert(SqliteConnection connection)
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

    internal static void Bind(SqliteCommand insert, AuditEntry entry)
    {
        insert.Parameters[0].Value = SqliteTimestamp.Converter.ConvertToProvider(entry.At);
        insert.Parameters[1].Value = entry.KeyId;
        insert.Parameters[2].Value = entry.Action.ToString();
        insert.Parameters[3].Value = (object?)entry.InstanceId ?? DBNull.Value;
        insert.Parameters[4].Value = (object?)entry.RemoteAddress ?? DBNull.Value;
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
