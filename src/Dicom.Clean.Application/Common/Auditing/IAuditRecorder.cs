using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Application.Common.Auditing;

/// <summary>Writes audit entries for the current caller.</summary>
public interface IAuditRecorder
{
    /// <summary>Appends one entry naming the current caller; durable when it returns.</summary>
    Task RecordAsync(AuditAction action, string? instanceId, CancellationToken cancellationToken);
}
