using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Application.Security.Authentication;

/// <summary>Token -> key id -> stored key -> hash comparison -> revocation check.</summary>
internal sealed class ApiKeyAuthenticator(IApiKeyRepository keys) : IApiKeyAuthenticator
{
    public async Task<ApiKeyAuthentication> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (ApiKeyToken.TryGetId(token) is not { } id)
        {
            return new ApiKeyAuthentication(ApiKeyCheck.Malformed, null);
        }

        var key = await keys.FindAsync(id, cancellationToken);
        if (key is null || !ApiKeyToken.Matches(token, key.Hash))
        {
            return new ApiKeyAuthentication(ApiKeyCheck.Unknown, null);
        }

        return key.IsActive ? new ApiKeyAuthentication(ApiKeyCheck.Valid, key) : new ApiKeyAuthentication(ApiKeyCheck.Revoked, null);
    }
}
