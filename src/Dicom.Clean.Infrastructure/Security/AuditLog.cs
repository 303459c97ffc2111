using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Persistence.Security;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Security;

/// <summary>The audit log in SQLite: one committed row per entry, queried newest first.</summary>
internal sealed class AuditLog(SecurityDbContext db, SqliteWriteGate writeGate) : IAuditLog
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(cancellationToken);
        db.AuditEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

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
