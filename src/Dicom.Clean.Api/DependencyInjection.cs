using Dicom.Clean.Api.Configurations;
using Dicom.Clean.Api.Health;
using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Api.Jobs;
using Dicom.Clean.Api.Observability;
using Dicom.Clean.Api.Security;
using Dicom.Clean.Api.Uploads;
using System.Text.Json.Serialization;
using Scalar.AspNetCore;
using Dicom.Clean.Api.Rendering;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Dicom.Clean.Api;

/// <summary>Registers and orders the web layer.</summary>
public static class DependencyInjection
{
    /// <summary>Controllers, problem details, the exception map, OpenAPI, health checks, Serilog, the mediator.</summary>
    public static IServiceCollection AddWebServices(this IServiceCollection services)
    {
        // Framework request logs quote query strings (a patient id filter, say): Warning unless
        // configuration says otherwise; our own request log line carries the path only. Lines are
        // written to stdout by a background thread (a request never waits for the console), in
        // order, and flushed when the host stops; a full buffer makes callers wait, never drops.
        services.AddSerilog((provider, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .ReadFrom.Configuration(provider.GetRequiredService<IConfiguration>())
            .Enrich.FromLogContext()
            .ReadFrom.Services(provider)
            .WriteTo.Async(sink => sink.Console(new CompactJsonFormatter()), bufferSize: 10_000, blockWhenFull: true));

        services.AddMediatorWithPipeline();
        services.AddResumableUploads();
        // Strict numbers: the document then says "integer", not "integer or numeric string".
        services.AddControllers().AddJsonOptions(o => o.JsonSerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddOperationTransformer<UploadRequestBodyTransformer>();
            options.AddDocumentTransformer<SecurityOpenApiTransformer>();
            options.AddOperationTransformer<SecurityOpenApiTransformer>();
        });
        services.AddHostedService<ImportJobHostedService>();
        services.AddHostedService<DefaultImageHostedService>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<BlobStoreHealthCheck>("blobs")
            .AddCheck<StorageConsistencyHealthCheck>("consistency");
        return services;
    }

    /// <summary>The request pipeline: request logging, problem documents for every error, routes, documents.</summary>
    public static WebApplication UseWebPipeline(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebSecurity();
        app.MapControllers();
        app.MapObservability();
        app.MapOpenApi();
        app.MapScalarApiReference();
        return app;
    }
}
