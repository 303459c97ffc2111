using System.Security.Claims;
using Dicom.Clean.Application.Security.Common;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Dicom.Clean.Api.Security;

/// <summary>
/// Gives a validated JWT our role claim: the highest of reader/writer/admin found in the configured
/// role claim (or <c>role</c>). A token with none of them is authenticated but may do nothing (403).
/// </summary>
public static class JwtRoleMapping
{
    /// <summary>Adds the role and caller claims to the token's identity.</summary>
    public static Task OnTokenValidated(TokenValidatedContext context, string roleClaim)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity is not ClaimsIdentity identity)
        {
            return Task.CompletedTask;
        }

        var best = identity.Claims
            .Where(c => c.Type == roleClaim || c.Type == "role" || c.Type == ClaimTypes.Role)
            .Select(c => RoleNames.TryParse(c.Value, out var role) ? role : 0)
            .DefaultIfEmpty()
            .Max();
        if (best != 0)
        {
            identity.AddClaim(new Claim(SecurityClaims.Role, RoleNames.Of(best)));
        }

        var subject = identity.FindFirst("sub")?.Value ?? identity.FindFirst(ClaimTypes.NameIdentifier)?.Value
            ?? identity.FindFirst("azp")?.Value ?? "unknown";
        identity.AddClaim(new Claim(SecurityClaims.CallerId, $"jwt:{subject}"));
        return Task.CompletedTask;
    }
}
