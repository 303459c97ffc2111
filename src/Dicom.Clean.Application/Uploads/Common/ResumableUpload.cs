namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>
/// The persisted state of one resumable (tus) upload: how many bytes are expected and how many are
/// safely on disk, until when it is kept, and, once the last byte arrived, what ingest made of it.
/// </summary>
public sealed record ResumableUpload
{
    /// <summary>Server-made key (32 lower-case hex digits); never a path from the client.</summary>
    public required string Key { get; init; }

    /// <summary>Total length the client announced (<c>Upload-Length</c>).</summary>
    public required long Length { get; init; }

    /// <summary>Bytes received, flushed to disk and acknowledged (<c>Upload-Offset</c>).</summary>
    public required long Offset { get; init; }

    /// <summary>The client's <c>Upload-Metadata</c> pairs; cleared once the upload is finished.</summary>
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    /// <summary>When the upload was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>After this the upload (or its outcome) is removed by the sweeper.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>What ingest made of the file; null until the last byte is in and ingest ran.</summary>
    public UploadOutcome? Outcome { get; init; }

    /// <summary>True once every byte is received.</summary>
    public bool IsComplete => Offset == Length;

    /// <summary>True when the upload may no longer be used at <paramref name="now"/>.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => ExpiresAt <= now;
}
