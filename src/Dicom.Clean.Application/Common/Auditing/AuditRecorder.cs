using Dicom.Clean.Application.Common.Security;
using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Application.Common.Auditing;

/// <summary>Appends entries for the scope's caller at the current time.</summary>
internal sealed class AuditRecorder(IAuditLog log, ICallerContext caller, TimeProvider clock) : IAuditRecorder
{
    public Task RecordAsync(AuditAction action, string? instanceId, CancellationToken cancellationToken)
    {
        var who = caller.Current;
        // Not cancellable: the action has happened; its record must not be lost to a client leaving.
        return log.AppendAsync(AuditEntry.Create(clock.GetUtcNow(), who.KeyId, action, instanceId, who.RemoteAddress), CancellationToken.None);
    }
}
