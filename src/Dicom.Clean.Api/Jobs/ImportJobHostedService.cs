using Dicom.Clean.Application.Jobs.Running;

namespace Dicom.Clean.Api.Jobs;

/// <summary>Runs the folder import worker for the life of the service; stopping it leaves running jobs to resume at the next start.</summary>
public sealed class ImportJobHostedService(ImportJobWorker worker) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.RunAsync(stoppingToken);
}
