using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Model;
using static Dicom.Clean.Toolkit.IO.DicomTagConstants;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>Encapsulated pixel data: the Basic Offset Table and the fragments, as ranges of the source.</summary>
internal sealed partial class DatasetParser
{
    private DicomFragmentSequence ReadFragments(long position, long end, DicomTag tag, out long after)
    {
        var fragments = new List<DicomFragment>();
        DicomFragment? basicOffsetTable = null;
        while (true)
        {
            var header = Peek(position, 8, end);
            if (header.Length < 8)
            {
                Warn(position, tag, "Encapsulated pixel data truncated: the data ends before the sequence delimiter");
                position = end;
                break;
            }

            var itemTag = ReadTag(header, bigEndian: false);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            if (itemTag.Value == SequenceDelimitation)
            {
                position += 8;
                break;
            }

            if (itemTag.Value != Item)
            {
                Warn(position, tag, $"Encapsulated pixel data ended without a sequence delimiter (found {itemTag})");
                break;
            }

            if (length == ElementHeader.Undefined)
            {
                throw new DicomException("Fragment of undefined length in encapsulated pixel data", position, tag);
            }

            var itemOffset = position;
            var available = end - (position + 8);
            var fragmentLength = (long)length;
            if (fragmentLength > available)
            {
                Warn(position, tag, $"Pixel data fragment truncated: {length} bytes declared, {available} present");
                fragmentLength = available;
            }

            var fragment = new DicomFragment(itemOffset, new DicomByteRange(_window.Source, position + 8, fragmentLength));
            if (basicOffsetTable is null)
            {
                basicOffsetTable = fragment;
            }
            else
            {
                fragments.Add(fragment);
            }

            position += 8 + fragmentLength;
            if (fragmentLength < length)
            {
                break;
            }
        }

        after = position;
        var table = basicOffsetTable ?? new DicomFragment(-1, new DicomByteRange(_window.Source, Math.Min(position, _window.Length), 0));
        return new DicomFragmentSequence(_window.Source, table, [.. fragments]);
    }
}
