using System.Diagnostics;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Jobs;
using Dicom.Clean.Domain.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.Jobs.Running;

/// <summary>
/// Runs one job to its end: lists the folder (files and job start in one transaction), then claims
/// files in batches, imports each batch with bounded parallelism and records the batch's outcomes
/// in one transaction. A job found running was stopped by a restart: its in-progress files are
/// imported again first, then it goes on where it stopped. The job acts for the key that started
/// it: once that key is revoked, the job fails before its next batch.
/// </summary>
internal sealed partial class ImportJobRunner(
    IImportFolderSource folders,
    ImportFileImporter importer,
    ImportJobOptions options,
    TimeProvider clock,
    IServiceScopeFactory scopes,
    ILogger<ImportJobRunner> logger)
{
    private const string RevokedReason = "The API key that started the job was revoked; the files not yet imported were left alone.";

    public async Task RunAsync(ImportJob job, IImportJobRepository jobs, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (job.State == ImportJobState.Queued)
        {
            IReadOnlyList<string> files;
            try
            {
                files = folders.ListFiles(job.FolderPath);
            }
            catch (Exception ex) when (ex is ImportFileNotFoundException or ImportPathForbiddenException)
            {
                job.Fail(ex.Message, clock.GetUtcNow());
                await jobs.SaveAsync(job, null, cancellationToken);
                LogFailed(logger, job.Id.Value, ex.Message);
                return;
            }

            job.Start(clock.GetUtcNow());
            await jobs.SaveAsync(job, files, cancellationToken);
            LogStarted(logger, job.Id.Value, files.Count, options.Parallelism);
        }
        else if (await CallerRevokedAsync(job, cancellationToken))
        {
            await FailRevokedAsync(job, jobs, cancellationToken);
            return;
        }
        else
        {
            job.Resume();
            await jobs.SaveAsync(job, null, cancellationToken);
            var leftovers = await jobs.FindInProgressAsync(job.Id, cancellationToken);
            LogResumed(logger, job.Id.Value, leftovers.Count);
            await ImportBatchAsync(job, leftovers, resumed: true, jobs, cancellationToken);
        }

        while (true)
        {
            if (await CallerRevokedAsync(job, cancellationToken))
            {
                await FailRevokedAsync(job, jobs, cancellationToken);
                return;
            }

            var batch = await jobs.ClaimAsync(job.Id, options.BatchSize, clock.GetUtcNow(), cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            await ImportBatchAsync(job, batch, resumed: false, jobs, cancellationToken);
        }

        job.Complete(clock.GetUtcNow());
        await jobs.SaveAsync(job, null, cancellationToken);
        var counts = await jobs.CountAsync(job.Id, cancellationToken);
        var elapsedSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        LogCompleted(logger, job.Id.Value, counts.Listed, counts.Stored, counts.AlreadyStored, counts.Failed, elapsedSeconds);
    }

    // Only API keys can be looked up again: anonymous callers and JWT subjects (checked by their
    // issuer at request time) are taken as they were when the job started.
    private async Task<bool> CallerRevokedAsync(ImportJob job, CancellationToken cancellationToken)
    {
        if (job.RequestedByRole is null || job.RequestedBy == "anonymous" || job.RequestedBy.StartsWith("jwt:", StringComparison.Ordinal))
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        return scope.ServiceProvider.GetService<IApiKeyRepository>() is { } keys
            && await keys.FindAsync(job.RequestedBy, cancellationToken) is not { IsActive: true };
    }

    private async Task FailRevokedAsync(ImportJob job, IImportJobRepository jobs, CancellationToken cancellationToken)
    {
        job.Fail(RevokedReason, clock.GetUtcNow());
        await jobs.SaveAsync(job, null, cancellationToken);
        LogFailed(logger, job.Id.Value, RevokedReason);
    }

    private async Task ImportBatchAsync(ImportJob job, IReadOnlyList<ImportJobFile> files, bool resumed, IImportJobRepository jobs, CancellationToken cancellationToken)
    {
        var outcomes = new ImportFileOutcome?[files.Count];
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (i, ct) =>
                outcomes[i] = await importer.ImportAsync(job, files[i], resumed, ct));
        }
        finally
        {
            // Also when stopping: what finished is recorded; the rest stays in progress for the resume.
            var done = outcomes.OfType<ImportFileOutcome>().ToList();
            if (done.Count > 0)
            {
                await jobs.RecordAsync(done, CancellationToken.None);
            }
        }
    }

    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "Job {JobId} started: {FileCount} files, {Parallelism} at a time")]
    private static partial void LogStarted(ILogger logger, string jobId, int fileCount, int parallelism);

    [LoggerMessage(EventId = 602, Level = LogLevel.Information, Message = "Job {JobId} resumed after a stop: {InProgressCount} files were in progress")]
    private static partial void LogResumed(ILogger logger, string jobId, int inProgressCount);

    [LoggerMessage(EventId = 603, Level = LogLevel.Information,
        Message = "Job {JobId} completed: {FileCount} files, {StoredCount} stored, {AlreadyStoredCount} already stored, {FailedCount} failed, {ElapsedSeconds:0.0} s")]
    private static partial void LogCompleted(ILogger logger, string jobId, int fileCount, int storedCount, int alreadyStoredCount, int failedCount, double elapsedSeconds);

    [LoggerMessage(EventId = 604, Level = LogLevel.Warning, Message = "Job {JobId} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string jobId, string reason);
}
