namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>Why an upload request was refused; the web layer maps each to its status.</summary>
public enum UploadRejection
{
    /// <summary>The upload expired (410).</summary>
    Expired,

    /// <summary><c>Upload-Offset</c> is not the server's offset (409).</summary>
    OffsetMismatch,

    /// <summary>The chunk does not match its <c>Upload-Checksum</c> (460); nothing of it was kept.</summary>
    ChecksumMismatch,

    /// <summary>The checksum algorithm is not supported (400).</summary>
    ChecksumAlgorithmUnsupported,

    /// <summary>The announced length is above the configured maximum (413).</summary>
    TooLarge,

    /// <summary>The chunk would run past the announced length (400).</summary>
    ExceedsLength,

    /// <summary>Another request is writing to the upload (423).</summary>
    Locked,
}
