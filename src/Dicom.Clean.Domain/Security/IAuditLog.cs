namespace Dicom.Clean.Domain.Security;

/// <summary>The append-only audit log.</summary>
public interface IAuditLog
{
    /// <summary>Appends one entry, durably, before returning.</summary>
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>A page of entries matching the filter, newest first.</summary>
    Task<AuditPage> QueryAsync(AuditFilter filter, int skip, int take, CancellationToken cancellationToken);
}
