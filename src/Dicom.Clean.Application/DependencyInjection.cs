using Dicom.Clean.Application.Instances.Ingest;
using Dicom.Clean.Application.Instances.Rendering;
using Dicom.Clean.Application.Jobs.Running;
using Dicom.Clean.Application.Uploads;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Application;

/// <summary>Registers the application layer: validators and the ingest service.</summary>
public static class DependencyInjection
{
    /// <summary>
    /// Adds validators and services. The mediator itself (handlers and the ordered pipeline
    /// behaviours) is registered by the host, where the source generator runs.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddScoped<IInstanceIngestor, InstanceIngestor>();
        // Default images rendered after the answer: one queue, drained by a worker the host runs.
        services.AddSingleton<DefaultImageQueue>();
        services.AddSingleton<IDefaultImageQueue>(provider => provider.GetRequiredService<DefaultImageQueue>());
        services.AddScoped<DefaultImageCache>();
        services.AddSingleton<DefaultImageWorker>();
        services.AddUploads();
        services.AddOptions<IngestOptions>();
        services.AddSingleton(TimeProvider.System);
        // Folder import jobs: one worker (run by the host) and its helpers; options come from configuration.
        services.AddSingleton<ImportJobSignal>();
        services.AddSingleton<ImportJobWorker>();
        services.AddSingleton<ImportJobRunner>();
        services.AddSingleton<ImportFileImporter>();
        return services;
    }
}
