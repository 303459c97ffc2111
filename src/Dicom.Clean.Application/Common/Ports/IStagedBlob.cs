namespace Dicom.Clean.Application.Common.Ports;

/// <summary>A blob written to temporary storage, hashed, not yet under a key.</summary>
public interface IStagedBlob : IAsyncDisposable
{
    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    string Sha256 { get; }

    /// <summary>Content length in bytes.</summary>
    long SizeBytes { get; }

    /// <summary>Opens the staged content for reading from the start; the caller disposes it.</summary>
    Stream OpenRead();

    /// <summary>Moves the content under its key (flush, then atomic rename). Once only.</summary>
    Task CommitAsync(string key, CancellationToken cancellationToken);
}
