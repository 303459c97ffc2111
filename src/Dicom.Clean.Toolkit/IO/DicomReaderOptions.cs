using Dicom.Clean.Toolkit.Dictionary;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>How the reader treats large values, nesting and deflated data. Immutable.</summary>
public sealed class DicomReaderOptions
{
    /// <summary>The defaults: values from 64 KiB up left in place, nesting to 64 levels, 1 GiB inflated at most.</summary>
    public static DicomReaderOptions Default { get; } = new();

    /// <summary>
    /// Values of at least this many bytes read from a file or stream are left in the source and read on
    /// demand (pixel data, large OB/OW/OF/OD/OL/OV/UN values). From memory nothing is ever copied, so
    /// this only matters for file and stream sources.
    /// </summary>
    public int LargeValueThreshold { get; init; } = 64 * 1024;

    /// <summary>Deepest sequence nesting accepted; deeper data is reported as damaged (no unbounded recursion).</summary>
    public int MaxSequenceDepth { get; init; } = 64;

    /// <summary>Largest inflated size of a deflated data set; more is reported as damaged (a deflate bomb).</summary>
    public long MaxInflatedLength { get; init; } = 1L << 30;

    /// <summary>The dictionary giving VRs in implicit VR data and keywords.</summary>
    public DicomDictionary Dictionary { get; init; } = DicomDictionary.Default;
}
