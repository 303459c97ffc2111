using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Application.Common.Auditing;

/// <summary>
/// Implemented by a command or query that the audit log should record when it succeeds. The
/// built-in instance messages are mapped by <see cref="AuditBehaviour{TMessage, TResponse}"/> itself.
/// </summary>
public interface IAuditedRequest
{
    /// <summary>What the request does.</summary>
    AuditAction AuditAction { get; }

    /// <summary>The instance concerned, if any.</summary>
    string? AuditInstanceId { get; }
}
