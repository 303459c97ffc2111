using System.Security.Claims;
using System.Text.Encodings.Web;
using Dicom.Clean.Application.Security.Authentication;
using Dicom.Clean.Application.Security.Common;
using Dicom.Clean.Domain.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Api.Security;

/// <summary>
/// Reads a token from <c>X-Api-Key</c> or <c>Authorization: Bearer dck_...</c>, checks it against
/// the stored hashes, and makes a principal with the key's role. No token: nobody (401 later),
/// or an anonymous writer when <c>Security:AllowAnonymous</c> is set. A bad token is refused even then.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<SecurityOptions> security) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>HttpContext item naming why authentication failed, for the 401 problem document.</summary>
    public const string FailureItem = "dicom-clean/auth-failure";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken(Request);
        if (token is null)
        {
            return security.Value.AllowAnonymous
                ? Success("anonymous", ApiKeyRole.Writer, "anonymous")
                : AuthenticateResult.NoResult();
        }

        var authenticator = Context.RequestServices.GetRequiredService<IApiKeyAuthenticator>();
        var result = await authenticator.AuthenticateAsync(token, Context.RequestAborted);
        if (result is { Check: ApiKeyCheck.Valid, Key: { } key })
        {
            return Success(key.Id, key.Role, key.Name);
        }

        var reason = result.Check switch
        {
            ApiKeyCheck.Revoked => "The API key was revoked.",
            ApiKeyCheck.Malformed => "The API key is not well formed.",
            _ => "The API key is not known.",
        };
        Context.Items[FailureItem] = reason;
        return AuthenticateResult.Fail(reason);
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SecurityClaims.ApiKeyScheme} header=\"{SecurityClaims.ApiKeyHeader}\", Bearer";
        return Task.CompletedTask;
    }

    /// <summary>The token sent, from <c>X-Api-Key</c> or a bearer token of ours; null when none.</summary>
    public static string? ReadToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.TryGetValue(SecurityClaims.ApiKeyHeader, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        return BearerToken(request) is { } bearer && bearer.StartsWith(ApiKeyToken.Prefix, StringComparison.Ordinal) ? bearer : null;
    }

    /// <summary>The bearer token of the Authorization header, if any.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    private AuthenticateResult Success(string callerId, ApiKeyRole role, string name)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, callerId),
                new Claim(ClaimTypes.Name, name),
                new Claim(SecurityClaims.CallerId, callerId),
                new Claim(SecurityClaims.Role, RoleNames.Of(role)),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
