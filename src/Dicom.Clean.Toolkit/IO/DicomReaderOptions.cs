using Dicom.Clean.Toolkit.Dictionary;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>How the reader treats large values, nesting and deflated data. Immutable.</summary>
public sealed class DicomReaderOptions
{
    /// <summary>
    /// The defaults: values from 64 KiB up left in place, nesting to 64 levels; deflated data sets
    /// inflated to 1 GiB and a 1000:1 ratio at most, in memory up to 32 MiB.
    /// </summary>
    public static DicomReaderOptions Default { get; } = new();

    /// <summary>
    /// Values of at least this many bytes read from a file or stream are left in the source and read on
    /// demand (pixel data, large OB/OW/OF/OD/OL/OV/UN values). From memory nothing is ever copied, so
    /// this only matters for file and stream sources.
    /// </summary>
    public int LargeValueThreshold { get; init; } = 64 * 1024;

    /// <summary>Deepest sequence nesting accepted; deeper data is reported as damaged (no unbounded recursion).</summary>
    public int MaxSequenceDepth { get; init; } = 64;

    /// <summary>
    /// Largest inflated size of a deflated data set; more is refused with <see cref="DicomException"/>
    /// (a deflate bomb) before it is inflated further.
    /// </summary>
    public long MaxInflatedLength { get; init; } = 1L << 30;

    /// <summary>
    /// Largest ratio of inflated to compressed bytes accepted for a deflated data set, checked once the
    /// inflated data passes 4 MiB; more is refused with <see cref="DicomException"/> (a deflate bomb).
    /// Deflate tops out near 1032:1; real images compress far less than the default 1000:1.
    /// </summary>
    public int MaxInflationRatio { get; init; } = 1000;

    /// <summary>
    /// Inflated bytes of a deflated data set kept in memory (in chunks, never copied into one block);
    /// a larger data set is inflated into a temporary file that the <see cref="DicomFile"/> deletes
    /// when it is disposed. Default 32 MiB.
    /// </summary>
    public long InflateToFileThreshold { get; init; } = 32L << 20;

    /// <summary>Folder for those temporary files; <see cref="Path.GetTempPath"/> when null.</summary>
    public string? TemporaryDirectory { get; init; }

    /// <summary>The dictionary giving VRs in implicit VR data and keywords.</summary>
    public DicomDictionary Dictionary { get; init; } = DicomDictionary.Default;
}
