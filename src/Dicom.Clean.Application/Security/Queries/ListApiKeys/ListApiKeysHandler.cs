using Dicom.Clean.Application.Security.Common;
using Dicom.Clean.Domain.Security;
using Mediator;

namespace Dicom.Clean.Application.Security.Queries.ListApiKeys;

/// <summary>Lists keys from the database and configuration.</summary>
public sealed class ListApiKeysHandler(IApiKeyRepository keys) : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyDto>>
{
    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ApiKeyDto>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken) =>
        (await keys.ListAsync(cancellationToken))
            .Select(k => new ApiKeyDto(k.Id, k.Name, RoleNames.Of(k.Role), k.FromConfiguration ? "configuration" : "database",
                k.FromConfiguration ? null : k.CreatedAt, k.RevokedAt))
            .ToList();
}
