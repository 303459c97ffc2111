using Dicom.Clean.Application.Instances.Rendering;

namespace Dicom.Clean.Api.Rendering;

/// <summary>Runs the worker that renders and stores default images after ingest, for the life of the service.</summary>
public sealed class DefaultImageHostedService(DefaultImageWorker worker) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.RunAsync(stoppingToken);
}
