using Dicom.Clean.Api.Security;
using Dicom.Clean.Application.Common.Observability;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog.Core;

namespace Dicom.Clean.Api.Observability;

/// <summary>
/// OpenTelemetry metrics (scraped by Prometheus at <c>/metrics</c>) and traces (exported over
/// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or <c>Observability:OtlpEndpoint</c> is set), and
/// the log enrichers: request id on every request's lines, query strings and action arguments
/// scrubbed (they may carry a patient id).
/// </summary>
public static class Observability
{
    /// <summary>Registers the meter provider, the tracer provider and the log enrichers.</summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton<ILogEventEnricher, RequestIdEnricher>();
        services.AddSingleton<ILogEventEnricher, PatientDataScrubber>();

        var otlp = configuration["Observability:OtlpEndpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("dicom-clean"))
            .WithMetrics(metrics => metrics
                .AddMeter(ServiceTelemetry.Name)
                // http.server.request.duration by route and status, connections, rate limiting, auth.
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting",
                    "Microsoft.AspNetCore.Authentication", "Microsoft.AspNetCore.Authorization", "Microsoft.AspNetCore.Diagnostics")
                .AddPrometheusExporter())
            .WithTracing(tracing =>
            {
                tracing.AddSource(ServiceTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path));
                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            });
        return services;
    }

    /// <summary>Maps <c>/metrics</c> (Prometheus text format; needs a reader key like every route).</summary>
    public static WebApplication MapObservability(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPrometheusScrapingEndpoint(SecurityRoutes.Metrics);
        return app;
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(Infrastructure.KnownRoutes.Heartbeat) || path.StartsWithSegments(Infrastructure.KnownRoutes.Health)
        || path.StartsWithSegments(SecurityRoutes.Metrics);
}
