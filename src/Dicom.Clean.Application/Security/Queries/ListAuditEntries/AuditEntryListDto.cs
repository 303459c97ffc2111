namespace Dicom.Clean.Application.Security.Queries.ListAuditEntries;

/// <summary>One page of the audit log.</summary>
/// <param name="Items">The entries, newest first.</param>
/// <param name="Page">One-based page number.</param>
/// <param name="PageSize">Requested page size.</param>
/// <param name="TotalCount">Entries matching the filter in all.</param>
public sealed record AuditEntryListDto(IReadOnlyList<AuditEntryDto> Items, int Page, int PageSize, int TotalCount);
