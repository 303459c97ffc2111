using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Common.Security;
using Dicom.Clean.Application.Jobs.Common;
using Dicom.Clean.Application.Jobs.Running;
using Dicom.Clean.Domain.Jobs;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.Jobs.Commands.StartFolderImport;

/// <summary>Confines the folder, stores a queued job and wakes the job worker.</summary>
public sealed partial class StartFolderImportHandler(
    IImportFolderSource folders,
    IImportJobRepository jobs,
    IInstanceIdGenerator ids,
    TimeProvider clock,
    ImportJobSignal signal,
    ICallerContext caller,
    ILogger<StartFolderImportHandler> logger) : ICommandHandler<StartFolderImportCommand, ImportJobSummaryDto?>
{
    /// <inheritdoc />
    public async ValueTask<ImportJobSummaryDto?> Handle(StartFolderImportCommand command, CancellationToken cancellationToken)
    {
        if (folders.ResolveFolder(command.Path!) is not { } folder)
        {
            return null;
        }

        // Job ids have the instance ids' shape, from the same generator.
        // The caller is kept with the job: its files are stored (and audited) in the background.
        var who = caller.Current;
        var job = ImportJob.Create(ImportJobId.From(ids.NewId().Value), command.Path!, folder, clock.GetUtcNow(), who.KeyId, who.Role, who.RemoteAddress);
        await jobs.AddAsync(job, cancellationToken);
        signal.Notify();
        LogQueued(logger, job.Id.Value);
        return ImportJobMapper.ToSummary(job, ImportJobCounts.None);
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Folder import job {JobId} queued")]
    private static partial void LogQueued(ILogger logger, string jobId);
}
