using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Uploads.Common;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.Uploads.Commands.SweepUploads;

/// <summary>
/// One pass over every upload. An upload a request is writing to is skipped (its lock is held)
/// and looked at again next pass.
/// </summary>
public sealed partial class SweepUploadsHandler(IUploadStore store, UploadFinisher finisher, TimeProvider clock, ILogger<SweepUploadsHandler> logger)
    : ICommandHandler<SweepUploadsCommand, UploadSweepResult>
{
    /// <inheritdoc />
    public async ValueTask<UploadSweepResult> Handle(SweepUploadsCommand command, CancellationToken cancellationToken)
    {
        int removed = await store.RemoveOrphansAsync(clock.GetUtcNow()), finished = 0;
        await foreach (var listed in store.ListAsync(cancellationToken))
        {
            var expired = listed.IsExpiredAt(clock.GetUtcNow());
            if (!expired && listed is not { IsComplete: true, Outcome: null })
            {
                continue;
            }

            await using var held = await store.TryLockAsync(listed.Key, TimeSpan.Zero, cancellationToken);
            if (held is null || await store.FindAsync(listed.Key, cancellationToken) is not { } upload)
            {
                continue;
            }

            if (upload.IsExpiredAt(clock.GetUtcNow()))
            {
                await store.DeleteAsync(upload.Key);
                removed++;
            }
            else if (upload is { IsComplete: true, Outcome: null })
            {
                await finisher.FinishAsync(upload);
                finished++;
            }
        }

        if (removed + finished > 0)
        {
            LogSwept(logger, removed, finished);
        }

        return new UploadSweepResult(removed, finished);
    }

    [LoggerMessage(EventId = 620, Level = LogLevel.Information, Message = "Upload sweep: {Removed} expired or orphaned removed, {Finished} finished")]
    private static partial void LogSwept(ILogger logger, int removed, int finished);
}
