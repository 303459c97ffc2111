using Dicom.Clean.Application.Uploads.Common;

namespace Dicom.Clean.Application.Common.Ports;

/// <summary>
/// Where resumable uploads live between chunks: their state and their bytes, both surviving a
/// restart. Keys are made by the server and checked before they reach the store.
/// </summary>
public interface IUploadStore
{
    /// <summary>Creates the state and an empty data file.</summary>
    Task CreateAsync(ResumableUpload upload, CancellationToken cancellationToken);

    /// <summary>The upload's state, or null when there is none.</summary>
    Task<ResumableUpload?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every upload's state (for the sweeper).</summary>
    IAsyncEnumerable<ResumableUpload> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes the upload's write lock: one request at a time writes to an upload. Null when another
    /// holder did not let go within <paramref name="wait"/>.
    /// </summary>
    Task<IAsyncDisposable?> TryLockAsync(string key, TimeSpan wait, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a chunk at <see cref="ResumableUpload.Offset"/> (dropping any unacknowledged bytes
    /// past it), at most up to <see cref="ResumableUpload.Length"/>, and flushes it to disk. Does not
    /// save the state: the caller saves the new offset once this returns. Call under the lock.
    /// </summary>
    /// <param name="upload">The upload's current state.</param>
    /// <param name="body">The chunk; read to its end or to the upload's length.</param>
    /// <param name="checksum">When given, the chunk is kept only if it matches, and only whole.</param>
    /// <param name="cancellationToken">Request abort.</param>
    /// <exception cref="UploadRejectedException">Checksum mismatch, or more bytes than the length allows; nothing of the chunk is kept.</exception>
    Task<ChunkWrite> AppendAsync(ResumableUpload upload, Stream body, ChunkChecksum? checksum, CancellationToken cancellationToken);

    /// <summary>Replaces the saved state atomically (temporary file, flush, rename).</summary>
    Task SaveAsync(ResumableUpload upload, CancellationToken cancellationToken);

    /// <summary>Opens the received bytes for reading.</summary>
    Stream OpenData(string key);

    /// <summary>Deletes the received bytes, keeping the state (and so the outcome).</summary>
    Task DeleteDataAsync(string key);

    /// <summary>Deletes the state and the bytes; no error when already gone.</summary>
    Task DeleteAsync(string key);

    /// <summary>Deletes bytes without state and temporary files a crash left; returns how many.</summary>
    Task<int> RemoveOrphansAsync(DateTimeOffset now);
}
