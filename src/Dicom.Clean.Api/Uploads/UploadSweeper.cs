using Dicom.Clean.Application.Uploads.Commands.SweepUploads;
using Dicom.Clean.Application.Uploads.Common;
using Mediator;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Api.Uploads;

/// <summary>
/// Sweeps uploads at start and then every <c>Uploads:SweepInterval</c>: expired ones are removed,
/// complete ones a crash left without outcome are ingested.
/// </summary>
public sealed partial class UploadSweeper(IServiceScopeFactory scopes, IOptions<UploadOptions> options, TimeProvider clock, ILogger<UploadSweeper> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SweepUploadsCommand(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One failed pass (a disk error, say) must not end sweeping for the process's life.
                LogSweepFailed(logger, ex, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 621, Level = LogLevel.Error, Message = "Upload sweep failed ({ExceptionType})")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception, string exceptionType);
}
