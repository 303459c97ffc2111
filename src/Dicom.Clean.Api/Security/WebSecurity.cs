using Dicom.Clean.Domain.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Api.Security;

/// <summary>Registers and orders authentication, authorization, rate limits, body limits, CORS and headers.</summary>
public static class WebSecurity
{
    private const string CorsPolicy = "Configured";

    /// <summary>Adds the schemes (API key, optional JWT), the role policies, the limiter and CORS.</summary>
    public static IServiceCollection AddWebSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Settings are read when first used, not here: a host or test may still change them.
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.SectionName));
        services.AddHttpContextAccessor();
        // No cookies or antiforgery tokens are issued: nothing to persist, no key ring on disk.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();

        services.AddAuthentication(SecurityClaims.SelectorScheme)
            .AddPolicyScheme(SecurityClaims.SelectorScheme, "API key or JWT", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(SecurityClaims.ApiKeyScheme, null)
            .AddJwtBearer(SecurityClaims.JwtScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(SecurityClaims.JwtScheme).Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            var jwt = security.Value.Jwt;
            o.Authority = jwt.Authority;
            o.Audience = jwt.Audience;
            o.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
            o.MapInboundClaims = false;
            o.Events = new() { OnTokenValidated = context => JwtRoleMapping.OnTokenValidated(context, jwt.RoleClaim) };
        });

        services.AddSingleton<IAuthorizationHandler, RoleRequirementHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(SecurityPolicies.ByMethod, Policy(RoleRequirement.ForMethod()))
            .AddPolicy(SecurityPolicies.Reader, Policy(RoleRequirement.AtLeast(ApiKeyRole.Reader)))
            .AddPolicy(SecurityPolicies.Writer, Policy(RoleRequirement.AtLeast(ApiKeyRole.Writer)))
            .AddPolicy(SecurityPolicies.Admin, Policy(RoleRequirement.AtLeast(ApiKeyRole.Admin)))
            // Every endpoint, including ones added later by anyone, unless it says otherwise.
            .SetFallbackPolicy(Policy(RoleRequirement.ForMethod()))
            .SetDefaultPolicy(Policy(RoleRequirement.ForMethod()));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((o, security) => RateLimiting.Configure(o, security.Value.RateLimit));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<SecurityOptions>>((o, security) => o.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. security.Value.CorsAllowedOrigins])
            .WithMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
            .WithHeaders(SecurityClaims.ApiKeyHeader, "Authorization", "Content-Type", "Range", "If-None-Match",
                "Tus-Resumable", "Upload-Length", "Upload-Offset", "Upload-Metadata", "Upload-Defer-Length", "Upload-Concat")
            .WithExposedHeaders("Location", "ETag", "Content-Range", "Retry-After", "Tus-Resumable", "Upload-Offset", "Upload-Length")));
        return services;
    }

    /// <summary>
    /// The security part of the pipeline, after the exception handler (so refusals are problem
    /// documents) and before the endpoints: headers, routing, CORS, authentication, caller, rate
    /// limit, authorization, body limit.
    /// </summary>
    public static WebApplication UseWebSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRouting();
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.CorsAllowedOrigins.Count > 0)
        {
            app.UseCors(CorsPolicy);
        }

        app.UseAuthentication();
        app.UseMiddleware<CallerContextMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }

    // A JWT goes to the JWT scheme when one is configured; everything else (keys, nothing) to ours.
    private static string SelectScheme(HttpContext context)
    {
        var jwt = context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.Jwt;
        return jwt.Enabled && ApiKeyAuthenticationHandler.ReadToken(context.Request) is null
            && ApiKeyAuthenticationHandler.BearerToken(context.Request) is not null
            ? SecurityClaims.JwtScheme
            : SecurityClaims.ApiKeyScheme;
    }

    private static AuthorizationPolicy Policy(RoleRequirement requirement) =>
        new AuthorizationPolicyBuilder(SecurityClaims.SelectorScheme).AddRequirements(requirement).Build();
}
