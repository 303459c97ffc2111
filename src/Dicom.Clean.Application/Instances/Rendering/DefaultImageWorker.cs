using Dicom.Clean.Domain.Instances;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.Instances.Rendering;

/// <summary>
/// Drains <see cref="DefaultImageQueue"/>: one instance at a time, each in its own scope, so a
/// 2-core server keeps a core for requests. A failure is logged and the next id taken; the image
/// is then rendered on its first read.
/// </summary>
public sealed partial class DefaultImageWorker(DefaultImageQueue queue, IServiceScopeFactory scopes, ILogger<DefaultImageWorker> logger)
{
    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled; ids still queued then are dropped.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var id in queue.Reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    await FillOneAsync(id, cancellationToken);
                }
                finally
                {
                    queue.Completed(id);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Fills one instance's default image; never throws but for cancellation.</summary>
    public async Task FillOneAsync(InstanceId id, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DefaultImageCache>().FillAsync(id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, id.Value);
        }
    }

    [LoggerMessage(EventId = 205, Level = LogLevel.Error, Message = "Storing the default image of {InstanceId} failed; it is rendered on its first read")]
    private static partial void LogFailed(ILogger logger, Exception exception, string instanceId);
}
