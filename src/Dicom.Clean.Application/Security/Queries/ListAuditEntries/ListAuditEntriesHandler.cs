using Dicom.Clean.Domain.Security;
using Mediator;

namespace Dicom.Clean.Application.Security.Queries.ListAuditEntries;

/// <summary>Queries the audit log.</summary>
public sealed class ListAuditEntriesHandler(IAuditLog log) : IQueryHandler<ListAuditEntriesQuery, AuditEntryListDto>
{
    /// <inheritdoc />
    public async ValueTask<AuditEntryListDto> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var filter = new AuditFilter
        {
            KeyId = query.KeyId,
            InstanceId = query.InstanceId,
            Action = query.Action is null ? null : Enum.Parse<AuditAction>(query.Action, ignoreCase: true),
            From = query.From,
            To = query.To,
        };
        var page = await log.QueryAsync(filter, (query.Page - 1) * query.PageSize, query.PageSize, cancellationToken);
        var items = page.Items
            .Select(e => new AuditEntryDto(e.Id, e.At, e.KeyId, e.Action.ToString(), e.InstanceId, e.RemoteAddress))
            .ToList();
        return new AuditEntryListDto(items, query.Page, query.PageSize, page.TotalCount);
    }
}
