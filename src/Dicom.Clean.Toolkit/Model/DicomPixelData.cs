using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>
/// The pixel data of a data set: frame geometry, and for each frame where its bytes lie. Native
/// frames are ranges of the source (64-bit offsets, nothing copied); encapsulated frames are lists
/// of fragments, mapped to frames through the Extended Offset Table, the Basic Offset Table, or the
/// codestream markers. Immutable; the fragment-to-frame map is computed once, on first use.
/// </summary>
public sealed partial class DicomPixelData
{
    private readonly Lazy<int[]> _frameStarts;

    private DicomPixelData(DicomDataset dataset, DicomElement element, DicomTransferSyntax transferSyntax, FrameDescriptor frame, int numberOfFrames)
    {
        Dataset = dataset;
        Element = element;
        TransferSyntax = transferSyntax;
        Frame = frame;
        NumberOfFrames = numberOfFrames;
        _frameStarts = new Lazy<int[]>(MapFragmentsToFrames);
    }

    /// <summary>The data set the pixel data belongs to.</summary>
    public DicomDataset Dataset { get; }

    /// <summary>The pixel data element: Pixel Data (7FE0,0010), Float Pixel Data (7FE0,0008) or Double Float Pixel Data (7FE0,0009).</summary>
    public DicomElement Element { get; }

    /// <summary>The transfer syntax the data is encoded in.</summary>
    public DicomTransferSyntax TransferSyntax { get; }

    /// <summary>The frame geometry the Image Pixel module declares (zeros and an empty photometric interpretation for missing attributes).</summary>
    public FrameDescriptor Frame { get; }

    /// <summary>Number of Frames (0028,0008), or 1 when absent or unreadable.</summary>
    public int NumberOfFrames { get; }

    /// <summary>True when the pixel data is encapsulated (compressed) in fragments.</summary>
    public bool IsEncapsulated => Element.IsEncapsulated;

    /// <summary>True when native data is stored big endian (Explicit VR Big Endian); <see cref="CopyFrame"/> swaps it.</summary>
    public bool IsBigEndian => Element.IsBigEndian && !IsEncapsulated;

    /// <summary>The fragments of encapsulated data; null for native data.</summary>
    public DicomFragmentSequence? Fragments => Element.Fragments;

    /// <summary>
    /// Finds the pixel data of a data set read with <paramref name="transferSyntax"/>.
    /// </summary>
    /// <param name="dataset">The data set.</param>
    /// <param name="transferSyntax">Its transfer syntax (<see cref="DicomFile.TransferSyntax"/>).</param>
    /// <returns>The pixel data, or null when the data set has none.</returns>
    public static DicomPixelData? Find(DicomDataset dataset, DicomTransferSyntax transferSyntax)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        var element = dataset.Find(new DicomTag(0x7FE0, 0x0010))
            ?? dataset.Find(new DicomTag(0x7FE0, 0x0008))
            ?? dataset.Find(new DicomTag(0x7FE0, 0x0009));
        if (element is null)
        {
            return null;
        }

        var frame = new FrameDescriptor(
            UInt16(dataset, 0x0010),
            UInt16(dataset, 0x0011),
            Math.Max(1, UInt16(dataset, 0x0002)),
            UInt16(dataset, 0x0100),
            UInt16(dataset, 0x0101),
            UInt16(dataset, 0x0103) == 1,
            dataset.GetString(new DicomTag(0x0028, 0x0004)) ?? string.Empty,
            UInt16(dataset, 0x0006));
        var frames = dataset.Find(new DicomTag(0x0028, 0x0008)) is { } count && count.TryGetInt32(0, out var n) && n > 0 ? n : 1;
        return new DicomPixelData(dataset, element, transferSyntax, frame, frames);
    }

    /// <summary>Finds the pixel data of a file's data set.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The pixel data, or null when the data set has none.</returns>
    public static DicomPixelData? Find(DicomFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Find(file.Dataset, file.TransferSyntax);
    }

    /// <summary>Length of one native frame in bits (rows x columns x samples x bits allocated; 4:2:2 data has two samples a pixel).</summary>
    public long FrameBitLength
    {
        get
        {
            var samples = Frame.PhotometricInterpretation.StartsWith("YBR_", StringComparison.Ordinal)
                && Frame.PhotometricInterpretation.EndsWith("_422", StringComparison.Ordinal) ? 2 : Frame.SamplesPerPixel;
            return (long)Frame.Rows * Frame.Columns * samples * Frame.BitsAllocated;
        }
    }

    /// <summary>Where native frame <paramref name="frame"/> lies.</summary>
    /// <param name="frame">Zero-based frame index.</param>
    /// <exception cref="DicomException">The data is encapsulated, the image attributes are missing, or the frame lies past the end of the pixel data.</exception>
    public DicomNativeFrame GetNativeFrame(int frame)
    {
        CheckFrameIndex(frame);
        if (IsEncapsulated)
        {
            throw Error("Pixel data is encapsulated: use the frame's fragments", frame);
        }

        var bits = FrameBitLength;
        if (bits <= 0)
        {
            throw Error("Rows, Columns or Bits Allocated are missing: frames cannot be located", frame);
        }

        var startBit = bits * frame;
        var firstByte = startBit / 8;
        var bitOffset = (int)(startBit % 8);
        var byteLength = (bitOffset + bits + 7) / 8;
        var range = Element.GetValueRange();
        if (firstByte + byteLength > range.Length)
        {
            throw Error($"Frame needs bytes {firstByte}-{firstByte + byteLength} but the pixel data holds {range.Length}", frame);
        }

        return new DicomNativeFrame(range.Slice(firstByte, byteLength), bitOffset, bits);
    }

    /// <summary>
    /// The encoded bytes of a frame: for native data the frame's bytes as stored (a slice when the
    /// source is in memory); for encapsulated data the frame's codestream (its fragments joined; a slice
    /// when it is one fragment in memory).
    /// </summary>
    /// <param name="frame">Zero-based frame index.</param>
    /// <exception cref="DicomException">The frame cannot be located, or is over 2 GB.</exception>
    public ReadOnlyMemory<byte> GetFrameBytes(int frame)
    {
        if (!IsEncapsulated)
        {
            return GetNativeFrame(frame).Bytes.GetMemory();
        }

        var fragments = GetFrameFragments(frame);
        if (fragments.Count == 1)
        {
            return fragments[0].Range.GetMemory();
        }

        var total = 0L;
        foreach (var fragment in fragments)
        {
            total += fragment.Length;
        }

        if (total > int.MaxValue)
        {
            throw Error($"Frame of {total} bytes does not fit in one memory block", frame);
        }

        var joined = new byte[total];
        var position = 0;
        foreach (var fragment in fragments)
        {
            fragment.Range.CopyTo(joined.AsSpan(position));
            position += (int)fragment.Length;
        }

        return joined;
    }

    /// <summary>
    /// Copies native frame <paramref name="frame"/> into <paramref name="destination"/> in little-endian
    /// order (big-endian data is swapped: by 2 bytes for OW, by the sample size for wider samples).
    /// 1-bit frames are copied from their first bit, so the destination starts on a byte boundary.
    /// </summary>
    /// <param name="frame">Zero-based frame index.</param>
    /// <param name="destination">At least <c>(FrameBitLength + 7) / 8</c> bytes.</param>
    /// <exception cref="DicomException">The frame cannot be located.</exception>
    public void CopyFrame(int frame, Span<byte> destination)
    {
        var native = GetNativeFrame(frame);
        var length = (native.BitLength + 7) / 8;
        if (destination.Length < length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} bytes; {length} are needed.", nameof(destination));
        }

        var unit = IsBigEndian ? Math.Max(Element.VR == DicomVR.OW ? 2 : 1, Frame.BitsAllocated / 8) : 1;
        if (unit > 1)
        {
            CopySwapped(native.Bytes, unit, destination[..(int)length]);
        }
        else if (native.FirstBitOffset == 0)
        {
            native.Bytes.CopyTo(destination);
        }
        else
        {
            CopyShiftedBits(native, destination[..(int)length]);
        }
    }

    // Swap units are counted from the start of the value, not the frame: read whole units around the frame
    // (an odd-length frame of 8-bit data in OW shares its last word with the next frame or the padding).
    private void CopySwapped(DicomByteRange frame, int unit, Span<byte> destination)
    {
        var value = Element.GetValueRange();
        var relative = frame.Offset - value.Offset;
        var alignedStart = relative / unit * unit;
        var alignedEnd = Math.Min(value.Length, (relative + frame.Length + unit - 1) / unit * unit);
        var buffer = new byte[alignedEnd - alignedStart];
        value.Slice(alignedStart, buffer.Length).CopyTo(buffer);
        SwapInPlace(buffer, unit);
        buffer.AsSpan((int)(relative - alignedStart), (int)frame.Length).CopyTo(destination);
    }

    private static void CopyShiftedBits(DicomNativeFrame native, Span<byte> destination)
    {
        var source = new byte[native.Bytes.Length];
        native.Bytes.CopyTo(source);
        var shift = native.FirstBitOffset;
        for (var i = 0; i < destination.Length; i++)
        {
            var low = source[i] >> shift;
            var high = i + 1 < source.Length ? source[i + 1] << (8 - shift) : 0;
            destination[i] = (byte)(low | high);
        }

        var spare = (int)(destination.Length * 8L - native.BitLength);
        if (spare > 0)
        {
            destination[^1] &= (byte)(0xFF >> spare);
        }
    }

    private static void SwapInPlace(Span<byte> bytes, int unit)
    {
        if (unit < 2)
        {
            return;
        }

        for (var i = 0; i + unit <= bytes.Length; i += unit)
        {
            bytes.Slice(i, unit).Reverse();
        }
    }

    private void CheckFrameIndex(int frame)
    {
        if (frame < 0 || frame >= NumberOfFrames)
        {
            throw Error($"Frame index out of range: the data set has {NumberOfFrames} frame(s)", frame);
        }
    }

    private DicomException Error(string reason, int frame) =>
        new(reason, Element.Offset >= 0 ? Element.Offset : null, Element.Tag, frame);

    private static int UInt16(DicomDataset dataset, ushort element) =>
        dataset.Find(new DicomTag(0x0028, element)) is { } e && e.TryGetInt32(0, out var value) ? value : 0;
}
