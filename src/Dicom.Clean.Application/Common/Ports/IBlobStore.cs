namespace Dicom.Clean.Application.Common.Ports;

/// <summary>
/// Blob storage under keys the server derives from its own ids. Writes go to a temporary file,
/// are flushed and then renamed, so a key never names a half-written blob.
/// </summary>
public interface IBlobStore
{
    /// <summary>
    /// Copies a stream to a temporary blob while hashing it, without holding it in memory. The
    /// staged blob is deleted on dispose unless committed.
    /// </summary>
    Task<IStagedBlob> StageAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Writes a small blob (temporary file, flush, rename), replacing any blob under the key.</summary>
    Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Opens a blob for reading, or null when there is none under the key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes a blob; no error when it is already gone.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
