namespace Dicom.Clean.Application.Security.Queries.ListApiKeys;

/// <summary>A key as admins see it: never its token or hash.</summary>
/// <param name="Id">Public key id.</param>
/// <param name="Name">What the key is for.</param>
/// <param name="Role">reader, writer or admin.</param>
/// <param name="Source"><c>database</c> or <c>configuration</c>.</param>
/// <param name="CreatedAt">When it was made (null for configured keys).</param>
/// <param name="RevokedAt">When it was revoked, or null.</param>
public sealed record ApiKeyDto(string Id, string Name, string Role, string Source, DateTimeOffset? CreatedAt, DateTimeOffset? RevokedAt);
