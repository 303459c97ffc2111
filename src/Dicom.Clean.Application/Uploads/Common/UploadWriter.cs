using Dicom.Clean.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>
/// Appends one chunk the tus way: under the upload's lock, at the offset the client names, then
/// the new offset saved (after the bytes are on disk), then ingest when the last byte is in.
/// Shared by creation-with-upload and PATCH.
/// </summary>
public sealed class UploadWriter(IUploadStore store, UploadFinisher finisher, IOptions<UploadOptions> options, TimeProvider clock)
{
    /// <summary>Appends a chunk at <paramref name="clientOffset"/>; see the class remarks.</summary>
    public async Task<ResumableUpload> AppendAsync(
        string key, long clientOffset, long? declaredLength, Stream body, ChunkChecksum? checksum, CancellationToken cancellationToken)
    {
        await using var held = await store.TryLockAsync(key, options.Value.LockWait, cancellationToken)
            ?? throw new UploadRejectedException(UploadRejection.Locked, "Another request is writing to this upload; retry shortly.");

        // Read again under the lock: the state may have moved while this request waited.
        var upload = await store.FindAsync(key, cancellationToken)
            ?? throw new UploadRejectedException(UploadRejection.Expired, "The upload was removed.");
        var now = clock.GetUtcNow();
        if (upload.IsExpiredAt(now))
        {
            throw new UploadRejectedException(UploadRejection.Expired, "The upload has expired.");
        }

        if (clientOffset != upload.Offset)
        {
            throw new UploadRejectedException(UploadRejection.OffsetMismatch,
                $"Upload-Offset {clientOffset} is not the upload's offset {upload.Offset}.");
        }

        if (declaredLength > upload.Length - upload.Offset)
        {
            throw new UploadRejectedException(UploadRejection.ExceedsLength,
                $"The chunk of {declaredLength} bytes runs past the upload's length {upload.Length}.");
        }

        if (!upload.IsComplete)
        {
            var write = await store.AppendAsync(upload, body, checksum, cancellationToken);
            upload = upload with { Offset = upload.Offset + write.BytesWritten, ExpiresAt = now + options.Value.Expiry };
            // Saved even when the body was cut short: the bytes that arrived are on disk, and the
            // client resumes from them.
            await store.SaveAsync(upload, CancellationToken.None);
            write.Interruption?.Throw();
        }

        return upload is { IsComplete: true, Outcome: null } ? await finisher.FinishAsync(upload) : upload;
    }
}
