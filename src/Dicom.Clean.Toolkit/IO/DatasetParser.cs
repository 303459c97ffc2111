using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Text;
using static Dicom.Clean.Toolkit.IO.DicomTagConstants;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// Reads elements, sequences and encapsulated pixel data from a <see cref="ByteWindow"/>. Lenient:
/// oddities become warnings with offsets; structural damage throws <see cref="DicomException"/>.
/// No declared length is used before it is checked against the bytes available, and nesting is
/// bounded by <see cref="DicomReaderOptions.MaxSequenceDepth"/>.
/// </summary>
internal sealed partial class DatasetParser : IDisposable
{
    private const int MaxWarnings = 1000;

    private readonly ByteWindow _window;
    private readonly DicomReaderOptions _options;
    private readonly List<DicomReadWarning> _warnings;
    private readonly List<PooledElementList> _levels = [];

    public DatasetParser(ByteWindow window, DicomReaderOptions options, List<DicomReadWarning> warnings)
    {
        _window = window;
        _options = options;
        _warnings = warnings;
    }

    /// <summary>
    /// Reads a top-level data set from <paramref name="position"/> to <paramref name="end"/>; with
    /// <paramref name="metaOnly"/>, stops before the first element outside group 0002.
    /// </summary>
    public DicomDataset ReadTopLevel(ref long position, long end, DatasetSyntax syntax, DicomCharacterSet characterSet, bool metaOnly = false) =>
        ReadDataset(ref position, end, syntax, 0, characterSet, DatasetKind.TopLevel, -1, metaOnly);

    public void Dispose()
    {
        foreach (var level in _levels)
        {
            level.Dispose();
        }

        _levels.Clear();
    }

    private DicomDataset ReadDataset(ref long position, long end, DatasetSyntax syntax, int depth, DicomCharacterSet characterSet, DatasetKind kind, long itemOffset, bool metaOnly = false)
    {
        var elements = Level(depth);
        var start = position;
        var delimited = false;
        while (position < end)
        {
            var header = _window.Peek(position, 12);
            if (header.Length < 8)
            {
                if (kind != DatasetKind.TopLevel)
                {
                    throw new DicomException("The data ends inside an item", position);
                }

                Warn(position, null, $"{header.Length} trailing byte(s) after the last element ignored");
                position = end;
                break;
            }

            var tag = ReadTag(header, syntax.IsBigEndian);
            if (metaOnly && tag.Group != 0x0002)
            {
                break;
            }

            if (tag.Group == 0xFFFE)
            {
                if (tag.Value == ItemDelimitation && kind == DatasetKind.UndefinedItem)
                {
                    position += 8;
                    delimited = true;
                    break;
                }

                if (tag.Value == SequenceDelimitation && kind == DatasetKind.UndefinedItem)
                {
                    // The item delimiter is missing: leave the sequence delimiter to the sequence.
                    Warn(position, tag, "Item of undefined length ended by a sequence delimiter instead of an item delimiter");
                    delimited = true;
                    break;
                }

                if (tag.Value is ItemDelimitation or SequenceDelimitation)
                {
                    Warn(position, tag, "Delimiter outside the context it closes ignored");
                    position += 8;
                    continue;
                }

                throw new DicomException("Item tag found among the elements of a data set", position, tag);
            }

            if (kind == DatasetKind.TopLevel && tag.Value == 0 && IsZeroFilled(position, end))
            {
                Warn(position, null, $"{end - position} trailing zero bytes after the last element ignored");
                position = end;
                break;
            }

            var element = ReadElement(ref position, end, syntax, depth, characterSet, elements);
            elements.Add(element);
            if (element.Tag.Value == SpecificCharacterSet)
            {
                characterSet = ReadCharacterSet(element);
            }
        }

        if (kind == DatasetKind.UndefinedItem && !delimited)
        {
            throw new DicomException("Item of undefined length not terminated: the data ends before its delimiter", itemOffset, new DicomTag(0xFFFE, 0xE000));
        }

        var length = kind == DatasetKind.TopLevel ? -1 : position - start;
        return new DicomDataset(elements.Drain(), characterSet, itemOffset, length, kind == DatasetKind.UndefinedItem);
    }

    private DicomElement ReadElement(ref long position, long end, DatasetSyntax syntax, int depth, DicomCharacterSet characterSet, PooledElementList current)
    {
        var offset = position;
        var header = ReadHeader(offset, end, syntax, current);
        var valueOffset = offset + header.HeaderLength;
        var flags = header.Flags | (syntax.IsBigEndian ? ElementFlags.BigEndian : ElementFlags.None);

        if (header.IsUndefinedLength)
        {
            return ReadUndefinedLength(ref position, end, syntax, depth, characterSet, header, offset, flags);
        }

        long length = header.Length;
        if (length > end - valueOffset)
        {
            if (header.Tag.Value != PixelData)
            {
                throw new DicomException($"Value length {length} runs past the end of the data ({Math.Max(0, end - valueOffset)} bytes remain)", offset, header.Tag);
            }

            length = Math.Max(0, end - valueOffset);
            flags |= ElementFlags.Truncated;
            Warn(offset, header.Tag, $"Pixel data truncated: {header.Length} bytes declared, {length} present");
        }

        position = valueOffset + length;
        if (header.VR == DicomVR.SQ)
        {
            var items = ReadItems(valueOffset, position, end, definedLength: true, syntax, depth + 1, characterSet, header.Tag, out var after);
            position = Math.Max(position, after);
            return new DicomElement(header.Tag, header.VR, flags, offset, header.HeaderLength, position - valueOffset, default, items);
        }

        if ((length & 1) != 0 && (flags & ElementFlags.Truncated) == 0)
        {
            Warn(offset, header.Tag, $"Odd value length {length}");
        }

        if (!_window.IsMemory && length >= _options.LargeValueThreshold)
        {
            return new DicomElement(header.Tag, header.VR, flags | ElementFlags.Deferred, offset, header.HeaderLength, length, default, _window.Source);
        }

        return new DicomElement(header.Tag, header.VR, flags, offset, header.HeaderLength, length, _window.Value(valueOffset, (int)length), _window.Source);
    }

    private DicomElement ReadUndefinedLength(ref long position, long end, DatasetSyntax syntax, int depth, DicomCharacterSet characterSet, ElementHeader header, long offset, ElementFlags flags)
    {
        var valueOffset = offset + header.HeaderLength;
        flags |= ElementFlags.UndefinedLength;
        if (header.VR == DicomVR.SQ)
        {
            var items = ReadItems(valueOffset, end, end, definedLength: false, syntax, depth + 1, characterSet, header.Tag, out var after);
            position = after;
            return new DicomElement(header.Tag, DicomVR.SQ, flags, offset, header.HeaderLength, after - valueOffset, default, items);
        }

        if (header.VR == DicomVR.UN && header.Tag.Value != PixelData)
        {
            // PS3.5 6.2.2: UN of undefined length holds a sequence encoded in implicit VR little endian.
            var items = ReadItems(valueOffset, end, end, definedLength: false, DatasetSyntax.ImplicitLittle, depth + 1, characterSet, header.Tag, out var after);
            position = after;
            return new DicomElement(header.Tag, DicomVR.SQ, flags | ElementFlags.VRFromDictionary, offset, header.HeaderLength, after - valueOffset, default, items);
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
        return new DicomElement(header.Tag, vr, flags, offset, header.HeaderLength, next - valueOffset, default, fragments);
    }

    private DicomDataset[] ReadItems(long position, long end, long limit, bool definedLength, DatasetSyntax syntax, int depth, DicomCharacterSet characterSet, DicomTag sequenceTag, out long after)
    {
        if (depth > _options.MaxSequenceDepth)
        {
            throw new DicomException($"Sequences nested deeper than {_options.MaxSequenceDepth} levels", position, sequenceTag);
        }

        var items = new List<DicomDataset>();
        while (true)
        {
            if (definedLength && position >= end)
            {
                break;
            }

            var header = _window.Peek(position, 8);
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
        return [.. items];
    }

    private DicomFragmentSequence ReadFragments(long position, long end, DicomTag tag, out long after)
    {
        var fragments = new List<DicomFragment>();
        DicomFragment? basicOffsetTable = null;
        while (true)
        {
            var header = _window.Peek(position, 8);
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

    private PooledElementList Level(int depth)
    {
        while (_levels.Count <= depth)
        {
            _levels.Add(new PooledElementList());
        }

        return _levels[depth];
    }

    private DicomCharacterSet ReadCharacterSet(DicomElement element)
    {
        var messages = new List<string>();
        var terms = element.GetStrings();
        var characterSet = DicomCharacterSet.FromTerms(terms, messages);
        foreach (var message in messages)
        {
            Warn(element.Offset, element.Tag, message);
        }

        return characterSet;
    }

    private bool IsZeroFilled(long position, long end)
    {
        while (position < end)
        {
            var chunk = _window.Peek(position, 4096);
            if (chunk.ContainsAnyExcept((byte)0))
            {
                return false;
            }

            position += chunk.Length;
        }

        return true;
    }

    private void Warn(long offset, DicomTag? tag, string message)
    {
        if (_warnings.Count < MaxWarnings)
        {
            _warnings.Add(new DicomReadWarning(offset, tag, message));
        }
        else if (_warnings.Count == MaxWarnings)
        {
            _warnings.Add(new DicomReadWarning(offset, tag, "Too many warnings; further ones are not reported"));
        }
    }

    private static DicomTag ReadTag(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian
            ? new DicomTag(BinaryPrimitives.ReadUInt16BigEndian(bytes), BinaryPrimitives.ReadUInt16BigEndian(bytes[2..]))
            : new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(bytes), BinaryPrimitives.ReadUInt16LittleEndian(bytes[2..]));

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);

    private static ushort ReadUInt16(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
}
