using System.Diagnostics;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Jobs;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.Jobs.Running;

/// <summary>
/// Runs one job to its end: lists the folder (files and job start in one transaction), then claims
/// files in batches, imports each batch with bounded parallelism and records the batch's outcomes
/// in one transaction. A job found running was stopped by a restart: its in-progress files are
/// imported again first, then it goes on where it stopped.
/// </summary>
internal sealed partial class ImportJobRunner(
    IImportFolderSource folders,
    ImportFileImporter importer,
    ImportJobOptions options,
    TimeProvider clock,
    ILogger<ImportJobRunner> logger)
{
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
        else
        {
            job.Resume();
            await jobs.SaveAsync(job, null, cancellationToken);
            var leftovers = await jobs.FindInProgressAsync(job.Id, cancellationToken);
            LogResumed(logger, job.Id.Value, leftovers.Count);
            await ImportBatchAsync(job, leftovers, resumed: true, jobs, cancellationToken);
        }

        while (await jobs.ClaimAsync(job.Id, options.BatchSize, clock.GetUtcNow(), cancellationToken) is { Count: > 0 } batch)
        {
            await ImportBatchAsync(job, batch, resumed: false, jobs, cancellationToken);
        }

        job.Complete(clock.GetUtcNow());
        await jobs.SaveAsync(job, null, cancellationToken);
        var counts = await jobs.CountAsync(job.Id, cancellationToken);
        var elapsedSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        LogCompleted(logger, job.Id.Value, counts.Listed, counts.Stored, counts.AlreadyStored, counts.Failed, elapsedSeconds);
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
