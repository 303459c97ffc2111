using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Ingest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>
/// Ingests a finished upload exactly like any other upload, records the outcome with the upload,
/// then drops the received bytes (stored as an instance, or refused: kept nowhere). Call under the
/// upload's lock. A crash before the outcome is saved leaves a complete upload without outcome,
/// which the next PATCH or the sweeper finishes.
/// </summary>
public sealed partial class UploadFinisher(
    IUploadStore store, IInstanceIngestor ingestor, IOptions<UploadOptions> options, TimeProvider clock, ILogger<UploadFinisher> logger)
{
    /// <summary>Ingests the finished upload and saves its outcome.</summary>
    public async Task<ResumableUpload> FinishAsync(ResumableUpload upload)
    {
        UploadOutcome outcome;
        await using (var data = store.OpenData(upload.Key))
        {
            // Not cancellable: every byte is acknowledged, the client may be gone, ingest must end.
            try
            {
                var result = await ingestor.IngestAsync(data, CancellationToken.None);
                var kind = result.Status == StoreStatus.Stored ? UploadOutcomeKind.Stored : UploadOutcomeKind.AlreadyStored;
                outcome = new UploadOutcome(kind, result.Id, null, null);
            }
            catch (UnreadableDicomException ex)
            {
                outcome = new UploadOutcome(UploadOutcomeKind.Unreadable, null, ex.Reason, ex.Offset);
            }
            catch (InstanceConflictException ex)
            {
                outcome = new UploadOutcome(UploadOutcomeKind.Conflict, ex.ExistingId, ex.Message, null);
            }
        }

        // The metadata (a file name, say) is the client's; once finished only the outcome is kept.
        var finished = upload with
        {
            Outcome = outcome,
            Metadata = new Dictionary<string, string>(StringComparer.Ordinal),
            ExpiresAt = clock.GetUtcNow() + options.Value.Expiry,
        };
        await store.SaveAsync(finished, CancellationToken.None);
        await store.DeleteDataAsync(upload.Key);
        LogFinished(logger, upload.Key, upload.Length, outcome.Kind, outcome.InstanceId ?? "-");
        return finished;
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Upload {UploadKey} of {SizeBytes} bytes finished: {Outcome} {InstanceId}")]
    private static partial void LogFinished(ILogger logger, string uploadKey, long sizeBytes, UploadOutcomeKind outcome, string instanceId);
}
