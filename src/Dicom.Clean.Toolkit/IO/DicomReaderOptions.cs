using Dicom.Clean.Toolkit.Dictionary;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// How the reader treats large values, nesting and deflated data. Immutable and thread-safe: share one
/// instance. Setting a property out of its range throws <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
public sealed class DicomReaderOptions
{
    private readonly int _largeValueThreshold = 64 * 1024;
    private readonly int _maxSequenceDepth = 64;
    private readonly long _maxInflatedLength = 1L << 30;
    private readonly int _maxInflationRatio = 1000;
    private readonly long _inflateToFileThreshold = 32L << 20;
    private readonly DicomDictionary _dictionary = DicomDictionary.Default;

    /// <summary>
    /// The defaults: values from 64 KiB up left in place, nesting to 64 levels; deflated data sets
    /// inflated to 1 GiB and a 1000:1 ratio at most, in memory up to 32 MiB.
    /// </summary>
    public static DicomReaderOptions Default { get; } = new();

    /// <summary>
    /// Values of at least this many bytes read from a file or stream are left in the source and read on
    /// demand (pixel data, large OB/OW/OF/OD/OL/OV/UN values). From memory nothing is ever copied, so
    /// this only matters for file and stream sources (and large inflated data sets). At least 1.
    /// </summary>
    public int LargeValueThreshold
    {
        get => _largeValueThreshold;
        init => _largeValueThreshold = Positive(value);
    }

    /// <summary>Deepest sequence nesting accepted; deeper data is reported as damaged (no unbounded recursion). At least 1.</summary>
    public int MaxSequenceDepth
    {
        get => _maxSequenceDepth;
        init => _maxSequenceDepth = Positive(value);
    }

    /// <summary>
    /// Largest inflated size of a deflated data set; more is refused with <see cref="DicomException"/>
    /// (a deflate bomb) before it is inflated further. At least 0.
    /// </summary>
    public long MaxInflatedLength
    {
        get => _maxInflatedLength;
        init => _maxInflatedLength = NotNegative(value);
    }

    /// <summary>
    /// Largest ratio of inflated to compressed bytes accepted for a deflated data set, checked once the
    /// inflated data passes 4 MiB; more is refused with <see cref="DicomException"/> (a deflate bomb).
    /// Deflate tops out near 1032:1; real images compress far less than the default 1000:1. At least 1;
    /// <see cref="int.MaxValue"/> turns the check off.
    /// </summary>
    public int MaxInflationRatio
    {
        get => _maxInflationRatio;
        init => _maxInflationRatio = Positive(value);
    }

    /// <summary>
    /// Inflated bytes of a deflated data set kept in memory (in chunks, never copied into one block);
    /// a larger data set is inflated into a temporary file that the <see cref="DicomFile"/> deletes
    /// when it is disposed. Default 32 MiB; 0 always uses a file.
    /// </summary>
    /// <remarks>The temporary file holds the data set in clear, patient data included: see <see cref="TemporaryDirectory"/>.</remarks>
    public long InflateToFileThreshold
    {
        get => _inflateToFileThreshold;
        init => _inflateToFileThreshold = NotNegative(value);
    }

    /// <summary>
    /// Folder for those temporary files (created with <see cref="FileOptions.DeleteOnClose"/>, readable
    /// by this process only while open); <see cref="Path.GetTempPath"/> when null. Choose storage as
    /// protected as the files themselves: a process killed mid-read can leave a file behind.
    /// </summary>
    public string? TemporaryDirectory { get; init; }

    /// <summary>The dictionary giving VRs in implicit VR data and keywords.</summary>
    public DicomDictionary Dictionary
    {
        get => _dictionary;
        init => _dictionary = value ?? throw new ArgumentNullException(nameof(value));
    }

    private static int Positive(int value) => value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must be at least 1.");

    private static long NotNegative(long value) => value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Must not be negative.");
}
