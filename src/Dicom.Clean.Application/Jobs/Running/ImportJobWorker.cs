using Dicom.Clean.Domain.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.Jobs.Running;

/// <summary>
/// Runs folder import jobs one after another, oldest first, for as long as the service runs (the
/// host calls <see cref="RunAsync"/> once). At start it picks up jobs a stop left unfinished.
/// </summary>
public sealed partial class ImportJobWorker
{
    private static readonly TimeSpan BackOff = TimeSpan.FromSeconds(5);
    private readonly IServiceScopeFactory _scopes;
    private readonly ImportJobSignal _signal;
    private readonly TimeProvider _clock;
    private readonly ILogger<ImportJobWorker> _logger;

    /// <summary>Creates the worker.</summary>
    public ImportJobWorker(IServiceScopeFactory scopes, ImportJobSignal signal, TimeProvider clock, ILogger<ImportJobWorker> logger)
    {
        _scopes = scopes;
        _signal = signal;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Runs jobs until cancelled; waits for a signal when there is none.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            bool ranOne;
            try
            {
                ranOne = await RunNextAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The loop outlives any one fault (a database locked for long, say): log, wait, go on.
                var exceptionType = ex.GetType().Name;
                LogFault(_logger, ex, exceptionType);
                ranOne = true;
                await WaitAsync(Task.Delay(BackOff, _clock, cancellationToken));
            }

            if (!ranOne)
            {
                await WaitAsync(_signal.WaitAsync(cancellationToken));
            }
        }
    }

    // A wait that ends quietly when the service stops.
    private static async Task WaitAsync(Task wait)
    {
        try
        {
            await wait;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IImportJobRepository>();
        if (await jobs.FindNextUnfinishedAsync(cancellationToken) is not { } job)
        {
            return false;
        }

        try
        {
            await scope.ServiceProvider.GetRequiredService<ImportJobRunner>().RunAsync(job, jobs, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A fault outside any one file would recur on every retry: the job fails, truthfully.
            await FailAsync(job.Id, $"Unexpected error ({ex.GetType().Name}); the service log has the details.");
            throw;
        }

        return true;
    }

    private async Task FailAsync(ImportJobId id, string reason)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IImportJobRepository>();
        if (await jobs.FindAsync(id, CancellationToken.None) is { State: ImportJobState.Queued or ImportJobState.Running } job)
        {
            job.Fail(reason, _clock.GetUtcNow());
            await jobs.SaveAsync(job, null, CancellationToken.None);
        }
    }

    [LoggerMessage(EventId = 609, Level = LogLevel.Error, Message = "Job worker fault ({ExceptionType}); retrying in 5 s")]
    private static partial void LogFault(ILogger logger, Exception exception, string exceptionType);
}
