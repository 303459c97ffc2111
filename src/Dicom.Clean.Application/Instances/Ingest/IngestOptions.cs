namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>Ingest settings (configuration section <c>Ingest</c>).</summary>
public sealed class IngestOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Ingest";

    /// <summary>Same SOP Instance UID, other bytes: refuse (default) or keep as a new version.</summary>
    public DuplicatePolicy DuplicatePolicy { get; set; } = DuplicatePolicy.Reject;

    /// <summary>When the default image (the PNG <c>GET /image</c> serves) is rendered: after the answer (default) or before it.</summary>
    public IngestRendering Rendering { get; set; } = IngestRendering.AfterAnswer;
}
