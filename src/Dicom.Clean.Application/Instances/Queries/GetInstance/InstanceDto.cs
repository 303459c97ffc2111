namespace Dicom.Clean.Application.Instances.Queries.GetInstance;

/// <summary>An instance's stored attributes, as the API returns them.</summary>
public sealed record InstanceDto
{
    /// <summary>Server id.</summary>
    public required string Id { get; init; }

    /// <summary>Study Instance UID.</summary>
    public string? StudyInstanceUid { get; init; }

    /// <summary>Series Instance UID.</summary>
    public string? SeriesInstanceUid { get; init; }

    /// <summary>SOP Instance UID.</summary>
    public string? SopInstanceUid { get; init; }

    /// <summary>SOP Class UID.</summary>
    public string? SopClassUid { get; init; }

    /// <summary>Modality.</summary>
    public string? Modality { get; init; }

    /// <summary>Patient ID.</summary>
    public string? PatientId { get; init; }

    /// <summary>Patient's Name.</summary>
    public string? PatientName { get; init; }

    /// <summary>Study Date (YYYYMMDD).</summary>
    public string? StudyDate { get; init; }

    /// <summary>Transfer syntax of the original.</summary>
    public string? TransferSyntaxUid { get; init; }

    /// <summary>Rows.</summary>
    public int? Rows { get; init; }

    /// <summary>Columns.</summary>
    public int? Columns { get; init; }

    /// <summary>Number of frames.</summary>
    public int? NumberOfFrames { get; init; }

    /// <summary>SHA-256 of the original, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Size of the original in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>
    /// Whether the default image (PNG) is stored: false until the render that follows ingest has
    /// written it (usually milliseconds), and for files without an image. GET /image answers either way.
    /// </summary>
    public bool HasRenderedImage { get; init; }

    /// <summary>When the server received the file.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>1, or the version number among files kept with the same SOP Instance UID.</summary>
    public int Version { get; init; }
}
