using Dicom.Clean.Application.Common.Auditing;
using Dicom.Clean.Application.Common.Observability;
using Dicom.Clean.Application.Security.Common;
using Dicom.Clean.Domain.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Security;

/// <summary>
/// Answers a refused request with a problem document: 401 (no or bad credentials, with the
/// scheme's <c>WWW-Authenticate</c>) or 403 (authenticated, role too low, recorded in the audit log).
/// </summary>
public sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems, ServiceTelemetry telemetry) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    /// <inheritdoc />
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Challenged)
        {
            await context.ChallengeAsync();
            var failure = context.Items[ApiKeyAuthenticationHandler.FailureItem] as string;
            telemetry.AuthFailures.Add(1, new KeyValuePair<string, object?>("reason", failure is null ? "missing_credentials" : "invalid_credentials"));
            var detail = failure
                ?? $"Send an API key as '{SecurityClaims.ApiKeyHeader}' or 'Authorization: Bearer', or a valid bearer token.";
            await WriteAsync(context, StatusCodes.Status401Unauthorized, "Authentication is required.", detail);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await context.ForbidAsync();
            telemetry.AuthFailures.Add(1, new KeyValuePair<string, object?>("reason", "forbidden"));
            var needed = policy.Requirements.OfType<RoleRequirement>().Select(r => r.RequiredFor(context.Request.Method)).DefaultIfEmpty(ApiKeyRole.Reader).Max();
            var has = context.User.FindFirst(SecurityClaims.Role)?.Value ?? "no role";
            await context.RequestServices.GetRequiredService<IAuditRecorder>().RecordAsync(AuditAction.Denied, null, context.RequestAborted);
            await WriteAsync(context, StatusCodes.Status403Forbidden, "The caller's role does not allow this.",
                $"This request needs the {RoleNames.Of(needed)} role; the caller has {has}.");
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
