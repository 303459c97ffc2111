using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Security;
using Dicom.Clean.Application.Instances.Commands.ImportFromPath;
using Dicom.Clean.Application.Instances.Ingest;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.Jobs.Running;

/// <summary>
/// Imports one file of a job through the same command as <c>POST /dicom</c> (confinement,
/// validation, ingest), each in its own scope, and turns the answer into an outcome.
/// </summary>
internal sealed partial class ImportFileImporter(IServiceScopeFactory scopes, ILogger<ImportFileImporter> logger)
{
    /// <param name="job">The job.</param>
    /// <param name="file">The file.</param>
    /// <param name="resumed">
    /// The file was in progress when the service stopped. If it answers AlreadyStored with an
    /// instance received after the file was claimed, that instance is this job's own work
    /// (committed just before the stop) and counts as stored.
    /// </param>
    /// <param name="cancellationToken">Stops the job; the file then stays in progress.</param>
    public async Task<ImportFileOutcome> ImportAsync(ImportJob job, ImportJobFile file, bool resumed, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // The store is audited under the caller who started the job, not the service.
        scope.ServiceProvider.GetRequiredService<CallerContext>().Set(new Caller(job.RequestedBy, job.RequestedByRole, job.RequestedFrom));
        try
        {
            var sender = scope.ServiceProvider.GetRequiredService<ISender>();
            var result = await sender.Send(new ImportFromPathCommand(Path.Combine(job.FolderPath, file.RelativePath)), cancellationToken);
            var stored = result.Status == StoreStatus.Stored
                || (resumed && await ReceivedSinceAsync(scope.ServiceProvider, result.Id, file.ClaimedAt, cancellationToken));
            return ImportFileOutcome.Success(file.Id, stored ? ImportFileState.Stored : ImportFileState.AlreadyStored, result.Id);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ImportFileOutcome.Failure(file.Id, ReasonFor(ex, job.Id));
        }
    }

    private static async Task<bool> ReceivedSinceAsync(IServiceProvider services, string instanceId, DateTimeOffset? claimedAt, CancellationToken cancellationToken) =>
        claimedAt is { } claimed
        && await services.GetRequiredService<IInstanceRepository>().FindAsync(InstanceId.From(instanceId), cancellationToken) is { } instance
        && instance.ReceivedAt >= claimed;

    // The application's own exceptions are written for clients (reasons, offsets, ids; no patient
    // data). Anything else is a fault of ours: logged with its stack, reported by type only.
    private string ReasonFor(Exception exception, ImportJobId jobId)
    {
        if (exception.GetType().Namespace == typeof(UnreadableDicomException).Namespace)
        {
            return exception.Message;
        }

        var exceptionType = exception.GetType().Name;
        LogUnexpected(logger, exception, jobId.Value, exceptionType);
        return $"Unexpected error ({exceptionType}); the service log has the details.";
    }

    [LoggerMessage(EventId = 610, Level = LogLevel.Error, Message = "Job {JobId}: unexpected {ExceptionType} importing a file")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string jobId, string exceptionType);
}
