using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Text;
using static Dicom.Clean.Toolkit.IO.DicomTagConstants;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>Sequences and items, of defined and undefined length, and UN holding an implicit sequence.</summary>
internal sealed partial class DatasetParser
{
    private DicomElement ReadUndefinedLength(ref long position, long end, DatasetSyntax syntax, int depth, DicomCharacterSet characterSet, ElementHeader header, long offset, ElementFlags flags)
    {
        var valueOffset = offset + header.HeaderLength;
        flags |= ElementFlags.UndefinedLength;
        if (header.VR == DicomVR.SQ)
        {
            var items = ReadItems(valueOffset, end, end, definedLength: false, syntax, depth + 1, characterSet, header.Tag, out var after);
            position = after;
            return new DicomElement(header.Tag, DicomVR.SQ, flags, offset, header.HeaderLength, after - valueOffset, items);
        }

        if (header.VR == DicomVR.UN && header.Tag.Value != PixelData)
        {
            // PS3.5 6.2.2: UN of undefined length holds a sequence encoded in implicit VR little endian.
            var items = ReadItems(valueOffset, end, end, definedLength: false, DatasetSyntax.ImplicitLittle, depth + 1, characterSet, header.Tag, out var after);
            position = after;
            return new DicomElement(header.Tag, DicomVR.SQ, flags | ElementFlags.VRFromDictionary, offset, header.HeaderLength, after - valueOffset, items);
        }

        if (header.VR.Category != DicomVRCategory.Bulk)
        {
            throw new DicomException($"Undefined length is not allowed for VR {header.VR.Code}", offset, header.Tag);
        }

        // Encapsulated pixel data (or another OB/OW value encoded the same way); PS3.5 A.4 makes it OB.
        var vr = header.VR;
        if (vr != DicomVR.OB)
        {
            Warn(offset, header.Tag, $"Encapsulated data declared {vr.Code}; read as OB");
            vr = DicomVR.OB;
        }

        var fragments = ReadFragments(valueOffset, end, header.Tag, out var next);
        position = next;
        return new DicomElement(header.Tag, vr, flags, offset, header.HeaderLength, next - valueOffset, fragments);
    }

    private DicomDataset[] ReadItems(long position, long end, long limit, bool definedLength, DatasetSyntax syntax, int depth, DicomCharacterSet characterSet, DicomTag sequenceTag, out long after)
    {
        if (depth > _options.MaxSequenceDepth)
        {
            throw new DicomException($"Sequences nested deeper than {_options.MaxSequenceDepth} levels", position, sequenceTag);
        }

        var items = ItemLevel(depth);
        var first = items.Count;
        while (true)
        {
            if (position >= end && (definedLength || end < _window.Length))
            {
                if (!definedLength)
                {
                    // Nested in an item that ends here: the writer forgot the delimiter.
                    Warn(position, sequenceTag, "Sequence of undefined length reaches the end of its item without a sequence delimiter");
                }

                break;
            }

            var header = Peek(position, 8, end);
            if (header.Length < 8)
            {
                throw new DicomException("The data ends inside a sequence", position, sequenceTag);
            }

            var tag = ReadTag(header, syntax.IsBigEndian);
            var length = ReadUInt32(header[4..], syntax.IsBigEndian);
            if (tag.Value == SequenceDelimitation)
            {
                position += 8;
                if (!definedLength)
                {
                    break;
                }

                Warn(position - 8, sequenceTag, "Sequence delimiter inside a sequence of defined length ignored");
                continue;
            }

            if (tag.Value != Item)
            {
                if (!definedLength)
                {
                    // A writer forgot the sequence delimiter: the next element belongs to the parent.
                    Warn(position, sequenceTag, "Sequence of undefined length ended without a sequence delimiter");
                    break;
                }

                throw new DicomException($"Expected an item tag in a sequence, found {tag}", position, sequenceTag);
            }

            var itemOffset = position;
            position += 8;
            if (length == ElementHeader.Undefined)
            {
                items.Add(ReadDataset(ref position, end, syntax, depth, characterSet, DatasetKind.UndefinedItem, itemOffset));
                continue;
            }

            var itemEnd = position + length;
            if (length > end - position)
            {
                // A length field is wrong. Trust the item over its sequence (as DCMTK does), and read an item
                // that overruns the data up to the end: a damaged element inside still throws.
                itemEnd = Math.Min(itemEnd, limit);
                Warn(itemOffset, sequenceTag, length > limit - position
                    ? $"Item length {length} runs past the end of the data; read up to the end"
                    : $"Item of {length} bytes runs past its sequence's declared length; the sequence was extended");
                end = itemEnd;
            }

            items.Add(ReadDataset(ref position, itemEnd, syntax, depth, characterSet, DatasetKind.DefinedItem, itemOffset));
            position = itemEnd;
        }

        after = position;
        return items.Drain(first);
    }
}
