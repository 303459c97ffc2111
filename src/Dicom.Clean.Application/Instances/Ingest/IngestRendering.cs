namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>When ingest renders the default image of a new instance.</summary>
public enum IngestRendering
{
    /// <summary>
    /// The default: the answer waits for the original and the rows only; the PNG is rendered by a
    /// background worker right after. Until it is written (or if the process stops first),
    /// <c>GET /image</c> renders from the original and queues the PNG again.
    /// </summary>
    AfterAnswer,

    /// <summary>The answer waits for the PNG too (rendered in parallel with the original's flush).</summary>
    BeforeAnswer,
}
