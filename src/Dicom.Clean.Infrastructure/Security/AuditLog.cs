using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure.Persistence.Security;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Security;

/// <summary>
/// The audit log in SQLite: one committed row per entry, appended through a prepared insert on a
/// connection kept open (<see cref="AuditAppender"/>; every request appends one), queried newest first.
/// </summary>
internal sealed class AuditLog(SecurityDbContext db, AuditAppenders appenders) : IAuditLog
{
    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // A change's entry is as durable as the change; a read's reaches the WAL before the answer
        // and is flushed by the next durable commit (docs/security.md, "What is logged").
        return (IsReadOnly(entry.Action) ? appenders.Reads : appenders.Changes).AppendAsync(entry, cancellationToken);
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
