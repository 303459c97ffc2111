namespace Dicom.Clean.Api.Uploads;

/// <summary>Header names and values of the tus 1.0 protocol, and the headers that carry an upload's outcome.</summary>
public static class TusHeaders
{
    /// <summary>Protocol version of a request or response.</summary>
    public const string TusResumable = "Tus-Resumable";

    /// <summary>Versions the server supports.</summary>
    public const string TusVersion = "Tus-Version";

    /// <summary>Extensions the server supports.</summary>
    public const string TusExtension = "Tus-Extension";

    /// <summary>Largest upload accepted.</summary>
    public const string TusMaxSize = "Tus-Max-Size";

    /// <summary>Checksum algorithms supported.</summary>
    public const string TusChecksumAlgorithm = "Tus-Checksum-Algorithm";

    /// <summary>Total length of an upload.</summary>
    public const string UploadLength = "Upload-Length";

    /// <summary>Bytes received so far.</summary>
    public const string UploadOffset = "Upload-Offset";

    /// <summary>Client key/value pairs (keys plain, values base64).</summary>
    public const string UploadMetadata = "Upload-Metadata";

    /// <summary>When an upload expires (RFC 9110 date).</summary>
    public const string UploadExpires = "Upload-Expires";

    /// <summary><c>algorithm base64-digest</c> of a chunk.</summary>
    public const string UploadChecksum = "Upload-Checksum";

    /// <summary>Our header: the server id of the instance an upload stored (or found already stored).</summary>
    public const string InstanceId = "Dicom-Instance-Id";

    /// <summary>Our header: the status <c>POST /instances</c> would have answered for the file (201, 200, 409, 422).</summary>
    public const string IngestStatus = "Dicom-Ingest-Status";

    /// <summary>Our header: why ingest refused the file.</summary>
    public const string IngestError = "Dicom-Ingest-Error";

    /// <summary>The only protocol version served.</summary>
    public const string Version = "1.0.0";

    /// <summary>Extensions served.</summary>
    public const string Extensions = "creation,creation-with-upload,termination,checksum,expiration";

    /// <summary>Body type of chunks.</summary>
    public const string OffsetOctetStream = "application/offset+octet-stream";

    /// <summary>Status for a chunk that fails its checksum (tus checksum extension).</summary>
    public const int ChecksumMismatchStatus = 460;
}
