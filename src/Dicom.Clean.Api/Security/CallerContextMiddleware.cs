using Dicom.Clean.Application.Common.Security;
using Dicom.Clean.Application.Security.Common;

namespace Dicom.Clean.Api.Security;

/// <summary>Tells the application who is calling (for the audit log), once authentication has run.</summary>
public sealed class CallerContextMiddleware(RequestDelegate next)
{
    /// <summary>Sets the scope's caller from the authenticated user and the connection.</summary>
    public Task InvokeAsync(HttpContext context, CallerContext caller)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(caller);
        var user = context.User;
        var id = user.FindFirst(SecurityClaims.CallerId)?.Value ?? "unauthenticated";
        var role = RoleNames.TryParse(user.FindFirst(SecurityClaims.Role)?.Value, out var r) ? r : (Domain.Security.ApiKeyRole?)null;
        caller.Set(new Caller(id, role, context.Connection.RemoteIpAddress?.ToString()));
        return next(context);
    }
}
