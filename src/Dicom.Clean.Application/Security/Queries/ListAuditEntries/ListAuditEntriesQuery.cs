using Mediator;

namespace Dicom.Clean.Application.Security.Queries.ListAuditEntries;

/// <summary>A page of the audit log, newest first.</summary>
/// <param name="Page">One-based page number.</param>
/// <param name="PageSize">Entries per page, 1 to 1000.</param>
/// <param name="KeyId">Entries of this key only.</param>
/// <param name="InstanceId">Entries about this instance only.</param>
/// <param name="Action">Entries of this action only (e.g. <c>Read</c>, <c>Delete</c>).</param>
/// <param name="From">Entries at or after this time.</param>
/// <param name="To">Entries before this time.</param>
public sealed record ListAuditEntriesQuery(
    int Page = 1,
    int PageSize = 100,
    string? KeyId = null,
    string? InstanceId = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null) : IQuery<AuditEntryListDto>;
