using System.Buffers.Binary;
using Dicom.Clean.Toolkit.IO;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>
/// The items of encapsulated pixel data (PS3.5 A.4): the Basic Offset Table (first item, possibly
/// empty) and the fragments, each a range of the source (nothing copied). Mapping fragments to frames
/// needs the frame count and the Extended Offset Table: see <see cref="DicomPixelData"/>.
/// </summary>
public sealed class DicomFragmentSequence
{
    private readonly DicomFragment[] _fragments;

    internal DicomFragmentSequence(DicomByteSource source, DicomFragment basicOffsetTable, DicomFragment[] fragments)
    {
        Source = source;
        BasicOffsetTable = basicOffsetTable;
        _fragments = fragments;
    }

    /// <summary>The source the fragments lie in.</summary>
    public DicomByteSource Source { get; }

    /// <summary>The first item: the Basic Offset Table, of length 0 when absent.</summary>
    public DicomFragment BasicOffsetTable { get; }

    /// <summary>The fragments after the Basic Offset Table, in order.</summary>
    public IReadOnlyList<DicomFragment> Fragments => _fragments;

    /// <summary>
    /// The Basic Offset Table's offsets: for each frame, the offset of its first fragment's item tag,
    /// counted from the first byte of the first fragment's item tag. Empty when there is no table.
    /// </summary>
    /// <exception cref="DicomException">The table's length is not a multiple of 4, or reading failed.</exception>
    public long[] ReadBasicOffsets()
    {
        var length = BasicOffsetTable.Length;
        if (length == 0)
        {
            return [];
        }

        if (length % 4 != 0)
        {
            throw new DicomException($"Basic Offset Table length {length} is not a multiple of 4", BasicOffsetTable.ItemOffset, DicomTag.FromUInt32(0x7FE00010));
        }

        var bytes = BasicOffsetTable.Range.GetMemory().Span;
        var offsets = new long[bytes.Length / 4];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]);
        }

        return offsets;
    }
}
