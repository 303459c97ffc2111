namespace Dicom.Clean.Application.Security.Queries.ListAuditEntries;

/// <summary>One audit entry.</summary>
/// <param name="Id">Sequence number.</param>
/// <param name="At">When (UTC).</param>
/// <param name="KeyId">Who: key id, <c>anonymous</c>, <c>jwt:&lt;subject&gt;</c> or <c>system</c>.</param>
/// <param name="Action">What.</param>
/// <param name="InstanceId">Which instance (or key), if any.</param>
/// <param name="RemoteAddress">From where.</param>
public sealed record AuditEntryDto(long Id, DateTimeOffset At, string KeyId, string Action, string? InstanceId, string? RemoteAddress);
