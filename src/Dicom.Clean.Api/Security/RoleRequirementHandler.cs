using Dicom.Clean.Application.Security.Common;
using Microsoft.AspNetCore.Authorization;

namespace Dicom.Clean.Api.Security;

/// <summary>Compares the caller's role claim with what the requirement asks for this request.</summary>
public sealed class RoleRequirementHandler(IHttpContextAccessor http) : AuthorizationHandler<RoleRequirement>
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        var method = (context.Resource as HttpContext ?? http.HttpContext)?.Request.Method ?? HttpMethods.Post;
        if (RoleNames.TryParse(context.User.FindFirst(SecurityClaims.Role)?.Value, out var role)
            && role >= requirement.RequiredFor(method))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
