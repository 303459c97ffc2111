namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// How <see cref="DicomJsonWriter"/> writes a data set in the DICOM JSON model (PS3.18 F.2). Immutable;
/// <see cref="Default"/> writes every element, binary values inline.
/// </summary>
public sealed class DicomJsonWriterOptions
{
    /// <summary>Every element, pixel data included, binary values as InlineBinary, compact output.</summary>
    public static DicomJsonWriterOptions Default { get; } = new();

    /// <summary>
    /// False to leave out the top-level pixel data elements (7FE0,0008), (7FE0,0009) and (7FE0,0010), as
    /// metadata responses do. Pixel data nested in sequences (icon images) is written either way, under
    /// <see cref="BulkData"/>.
    /// </summary>
    public bool IncludePixelData { get; init; } = true;

    /// <summary>
    /// Which binary values (OB, OD, OF, OL, OV, OW, UN and encapsulated pixel data) are written as a
    /// BulkDataURI instead of InlineBinary; null writes them all inline.
    /// </summary>
    public DicomJsonBulkDataPolicy? BulkData { get; init; }

    /// <summary>True to indent the output (only for the overloads that create the JSON writer).</summary>
    public bool Indented { get; init; }
}
