namespace Dicom.Clean.Domain.Instances;

/// <summary>Criteria of the instance list; null criteria match everything. Exact matches only.</summary>
public sealed record InstanceFilter
{
    /// <summary>Patient ID to match.</summary>
    public string? PatientId { get; init; }

    /// <summary>Study Instance UID to match.</summary>
    public string? StudyInstanceUid { get; init; }

    /// <summary>Series Instance UID to match.</summary>
    public string? SeriesInstanceUid { get; init; }

    /// <summary>Modality to match.</summary>
    public string? Modality { get; init; }
}
