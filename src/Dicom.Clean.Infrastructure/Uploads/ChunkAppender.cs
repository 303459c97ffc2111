using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using Dicom.Clean.Application.Uploads.Common;

namespace Dicom.Clean.Infrastructure.Uploads;

/// <summary>
/// Writes one chunk into an upload's data file at the acknowledged offset and flushes it. A body
/// cut short keeps what arrived (tus lets a client resume from it) unless a checksum was sent,
/// which only a whole chunk can satisfy.
/// </summary>
internal static class ChunkAppender
{
    public static async Task<ChunkWrite> AppendAsync(
        string dataPath, ResumableUpload upload, Stream body, ChunkChecksum? checksum, int bufferSize, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(dataPath, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 0, FileOptions.Asynchronous);
        if (file.Length < upload.Offset)
        {
            throw new IOException($"The upload's data file holds {file.Length} bytes, fewer than its acknowledged offset {upload.Offset}.");
        }

        // Bytes past the acknowledged offset were never acknowledged (a crash mid-chunk): drop them.
        file.SetLength(upload.Offset);
        file.Position = upload.Offset;
        var remaining = upload.Length - upload.Offset;
        using var hash = checksum is null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        var buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        long written = 0;
        ExceptionDispatchInfo? interruption = null;
        try
        {
            while (true)
            {
                // One byte more than allowed is asked for, to notice a body longer than the upload.
                var want = (int)Math.Min(buffer.Length, remaining - written + 1);
                int read;
                try
                {
                    read = await body.ReadAsync(buffer.AsMemory(0, want), cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or OperationCanceledException)
                {
                    interruption = ExceptionDispatchInfo.Capture(ex);
                    break;
                }

                if (read == 0)
                {
                    break;
                }

                if (written + read > remaining)
                {
                    Discard(file, upload.Offset);
                    throw new UploadRejectedException(UploadRejection.ExceedsLength,
                        $"The chunk runs past the upload's length of {upload.Length} bytes; nothing of it was kept.");
                }

                hash?.AppendData(buffer, 0, read);
                // Not cancellable: a local write, and what was read must reach the file whole.
                await file.WriteAsync(buffer.AsMemory(0, read), CancellationToken.None);
                written += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (hash is not null && (interruption is not null || !hash.GetHashAndReset().AsSpan().SequenceEqual(checksum!.Expected.Span)))
        {
            Discard(file, upload.Offset);
            return interruption is not null
                ? new ChunkWrite(0, interruption)
                : throw new UploadRejectedException(UploadRejection.ChecksumMismatch, "The chunk does not match its Upload-Checksum; nothing of it was kept.");
        }

        file.Flush(flushToDisk: true);
        return new ChunkWrite(written, interruption);
    }

    private static void Discard(FileStream file, long offset)
    {
        file.SetLength(offset);
        file.Flush(flushToDisk: true);
    }
}
