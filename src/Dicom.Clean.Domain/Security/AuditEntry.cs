namespace Dicom.Clean.Domain.Security;

/// <summary>
/// One line of the audit log: who (key id), did what, to which instance, when, from where. No
/// patient data: ids, actions and addresses only.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        KeyId = string.Empty;
    }

    /// <summary>Sequence number, increasing.</summary>
    public long Id { get; private set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>The caller's key id, <c>anonymous</c>, <c>jwt:&lt;subject&gt;</c> or <c>system</c>.</summary>
    public string KeyId { get; private set; }

    /// <summary>What was done.</summary>
    public AuditAction Action { get; private set; }

    /// <summary>The instance (or key) concerned, when there is one.</summary>
    public string? InstanceId { get; private set; }

    /// <summary>The caller's IP address, when known.</summary>
    public string? RemoteAddress { get; private set; }

    /// <summary>A new entry.</summary>
    public static AuditEntry Create(DateTimeOffset at, string keyId, AuditAction action, string? instanceId, string? remoteAddress) =>
        new() { At = at, KeyId = keyId, Action = action, InstanceId = instanceId, RemoteAddress = remoteAddress };
}
