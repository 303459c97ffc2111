namespace Dicom.Clean.Toolkit.IO;

/// <summary>How the writer encodes a file. Immutable.</summary>
public sealed class DicomWriterOptions
{
    /// <summary>The toolkit's implementation class UID, written in (0002,0012) (a UUID-derived 2.25 UID).</summary>
    public const string DefaultImplementationClassUid = "2.25.176310473227612427366095524381339284049";

    /// <summary>The defaults: undefined-length sequences, group lengths recomputed where present.</summary>
    public static DicomWriterOptions Default { get; } = new();

    /// <summary>How sequences and items are delimited.</summary>
    public DicomSequenceLengthEncoding SequenceLength { get; init; } = DicomSequenceLengthEncoding.Undefined;

    /// <summary>
    /// False (default): group length elements (gggg,0000) of the data set are written with their value
    /// recomputed. True: they are left out (they are retired outside the file meta information).
    /// </summary>
    public bool RemoveGroupLengths { get; init; }

    /// <summary>Implementation Class UID (0002,0012).</summary>
    public string ImplementationClassUid { get; init; } = DefaultImplementationClassUid;

    /// <summary>Implementation Version Name (0002,0013), at most 16 characters.</summary>
    public string ImplementationVersionName { get; init; } = "DICOM_CLEAN_1";
}
