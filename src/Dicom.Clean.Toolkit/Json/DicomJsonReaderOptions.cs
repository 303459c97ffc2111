namespace Dicom.Clean.Toolkit.Json;

/// <summary>How <see cref="DicomJsonReader"/> turns DICOM JSON back into a data set. Immutable.</summary>
public sealed class DicomJsonReaderOptions
{
    /// <summary>No bulk data resolver: a BulkDataURI is refused.</summary>
    public static DicomJsonReaderOptions Default { get; } = new();

    /// <summary>
    /// Fetches the Value Field a BulkDataURI names (for encapsulated pixel data: its items and sequence
    /// delimiter, as <see cref="DicomJsonWriter"/> writes them inline), or returns null to leave the
    /// element empty. When null, any BulkDataURI is reported as a <see cref="DicomException"/>.
    /// </summary>
    public Func<DicomJsonBulkDataRequest, ReadOnlyMemory<byte>?>? BulkDataResolver { get; init; }
}
