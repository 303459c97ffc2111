namespace Dicom.Clean.Application.Security.Commands.CreateApiKey;

/// <summary>A new key and its token: the only time the token is shown.</summary>
/// <param name="Id">Public key id.</param>
/// <param name="Token">The secret to send as <c>X-Api-Key</c> or <c>Authorization: Bearer</c>.</param>
/// <param name="Name">What the key is for.</param>
/// <param name="Role">Its role, lower case.</param>
/// <param name="CreatedAt">When it was made.</param>
public sealed record CreatedApiKey(string Id, string Token, string Name, string Role, DateTimeOffset CreatedAt);
