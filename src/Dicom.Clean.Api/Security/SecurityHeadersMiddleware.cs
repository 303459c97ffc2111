namespace Dicom.Clean.Api.Security;

/// <summary>
/// Headers on every answer: no MIME sniffing, no framing, no referrer, nothing cached (answers
/// hold patient data), HSTS over HTTPS, and a CSP that forbids everything but the API reference page.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // The Scalar page runs its own script and styles; the API answers need nothing at all.
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    private const string ReferencePagePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
        + "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; font-src 'self' data: https://fonts.gstatic.com; "
        + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers before the answer starts.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar") ? ReferencePagePolicy : ApiPolicy;
            if (!headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store";
            }

            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
