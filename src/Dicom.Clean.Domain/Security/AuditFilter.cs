namespace Dicom.Clean.Domain.Security;

/// <summary>Criteria of an audit query; null criteria match everything.</summary>
public sealed record AuditFilter
{
    /// <summary>Entries of this key only.</summary>
    public string? KeyId { get; init; }

    /// <summary>Entries about this instance only.</summary>
    public string? InstanceId { get; init; }

    /// <summary>Entries of this action only.</summary>
    public AuditAction? Action { get; init; }

    /// <summary>Entries at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Entries before this time.</summary>
    public DateTimeOffset? To { get; init; }
}
