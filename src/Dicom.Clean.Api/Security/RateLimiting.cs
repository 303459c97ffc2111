using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Dicom.Clean.Api.Security;

/// <summary>
/// One token bucket per caller: per API key (or JWT subject) once authenticated, per remote
/// address before (so floods of bad keys are limited too). Over the limit: 429 problem with
/// <c>Retry-After</c>. Health and heartbeat are never limited (orchestrators poll them).
/// </summary>
public static class RateLimiting
{
    /// <summary>Configures the global limiter from <see cref="SecurityOptions.RateLimit"/>.</summary>
    public static void Configure(RateLimiterOptions limiter, SecurityOptions.RateLimitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(settings);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!settings.Enabled || IsUnlimited(context.Request.Path))
            {
                return RateLimitPartition.GetNoLimiter("unlimited");
            }

            var caller = context.User.FindFirst(SecurityClaims.CallerId)?.Value is { } id and not "anonymous"
                ? "key:" + id
                : "address:" + context.Connection.RemoteIpAddress;
            return RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, settings.Burst),
                TokensPerPeriod = Math.Max(1, settings.PermitsPerSecond),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var context = rejected.HttpContext;
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests.",
                    Detail = $"This caller is over its rate limit; retry after {retryAfter} s.",
                },
            });
        };
    }

    private static bool IsUnlimited(PathString path) =>
        path.StartsWithSegments(Infrastructure.KnownRoutes.Health) || path.StartsWithSegments(Infrastructure.KnownRoutes.Heartbeat);
}
