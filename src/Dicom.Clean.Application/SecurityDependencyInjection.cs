using Dicom.Clean.Application.Common;
using Dicom.Clean.Application.Common.Auditing;
using Dicom.Clean.Application.Common.Observability;
using Dicom.Clean.Application.Common.Security;
using Dicom.Clean.Application.Instances.Ingest;
using Dicom.Clean.Application.Security.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Application;

/// <summary>Registers the application's security and observability services: caller, audit, key checks, ingest metrics.</summary>
public static class SecurityDependencyInjection
{
    /// <summary>
    /// Adds the scoped caller, the audit recorder and the key authenticator, and records every
    /// ingest in the audit log. Call after <see cref="DependencyInjection.AddApplication"/>.
    /// </summary>
    public static IServiceCollection AddApplicationSecurity(this IServiceCollection services)
    {
        services.AddScoped<CallerContext>();
        services.AddScoped<ICallerContext>(sp => sp.GetRequiredService<CallerContext>());
        services.AddScoped<IAuditRecorder, AuditRecorder>();
        services.AddScoped<IApiKeyAuthenticator, ApiKeyAuthenticator>();
        services.Decorate<IInstanceIngestor>((sp, inner) => new AuditingInstanceIngestor(inner, sp.GetRequiredService<IAuditRecorder>()));
        // Outermost: the ingest span and duration include the audit write.
        services.AddSingleton<ServiceTelemetry>();
        services.Decorate<IInstanceIngestor>((sp, inner) => new MeteredInstanceIngestor(inner, sp.GetRequiredService<ServiceTelemetry>()));
        return services;
    }
}
