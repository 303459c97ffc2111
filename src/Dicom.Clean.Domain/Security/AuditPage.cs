namespace Dicom.Clean.Domain.Security;

/// <summary>One page of audit entries, newest first, and how many match in all.</summary>
/// <param name="Items">The entries of the page.</param>
/// <param name="TotalCount">Entries matching the filter.</param>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int TotalCount);
