namespace Dicom.Clean.Domain.Instances;

/// <summary>
/// The identifying and descriptive attributes of an instance, as read from its data set. Every
/// one may be missing: files without UIDs are still stored (the server id is ours).
/// </summary>
public sealed record InstanceAttributes
{
    /// <summary>Study Instance UID (0020,000D).</summary>
    public string? StudyInstanceUid { get; init; }

    /// <summary>Series Instance UID (0020,000E).</summary>
    public string? SeriesInstanceUid { get; init; }

    /// <summary>SOP Instance UID (0008,0018); unique among stored instances when present.</summary>
    public string? SopInstanceUid { get; init; }

    /// <summary>SOP Class UID (0008,0016).</summary>
    public string? SopClassUid { get; init; }

    /// <summary>Modality (0008,0060).</summary>
    public string? Modality { get; init; }

    /// <summary>Patient ID (0010,0020). Patient data: never logged.</summary>
    public string? PatientId { get; init; }

    /// <summary>Patient's Name (0010,0010), all component groups. Patient data: never logged.</summary>
    public string? PatientName { get; init; }

    /// <summary>Study Date (0008,0020) as written (YYYYMMDD).</summary>
    public string? StudyDate { get; init; }

    /// <summary>Transfer Syntax UID (0002,0010), or the one the reader inferred.</summary>
    public string? TransferSyntaxUid { get; init; }

    /// <summary>Rows (0028,0010).</summary>
    public int? Rows { get; init; }

    /// <summary>Columns (0028,0011).</summary>
    public int? Columns { get; init; }

    /// <summary>Number of Frames (0028,0008); 1 for single-frame images, null without pixel data.</summary>
    public int? NumberOfFrames { get; init; }
}
