using Mediator;

namespace Dicom.Clean.Application.Security.Queries.ListApiKeys;

/// <summary>Every key, newest first, without tokens or hashes.</summary>
public sealed record ListApiKeysQuery : IQuery<IReadOnlyList<ApiKeyDto>>;
