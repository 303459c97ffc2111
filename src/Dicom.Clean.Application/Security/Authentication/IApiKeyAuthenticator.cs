namespace Dicom.Clean.Application.Security.Authentication;

/// <summary>Checks a token sent by a client. Called on every request: no mediator pipeline around it.</summary>
public interface IApiKeyAuthenticator
{
    /// <summary>Finds the key named by the token and compares hashes in constant time.</summary>
    Task<ApiKeyAuthentication> AuthenticateAsync(string token, CancellationToken cancellationToken);
}
