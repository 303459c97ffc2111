using System.Buffers.Binary;
using System.Text;
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
    private readonly List<PooledList<DicomElement>> _levels = [];
    private readonly List<PooledList<DicomDataset>> _itemLevels = [];

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

        foreach (var level in _itemLevels)
        {
            level.Dispose();
        }

        _levels.Clear();
        _itemLevels.Clear();
    }

    private DicomDataset ReadDataset(ref long position, long end, DatasetSyntax syntax, int depth, DicomCharacterSet characterSet, DatasetKind kind, long itemOffset, bool metaOnly = false)
    {
        var elements = Level(depth);
        var start = position;
        var delimited = false;
        while (position < end)
        {
            var header = Peek(position, 12, end);
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
            if (end >= _window.Length)
            {
                throw new DicomException("Item of undefined length not terminated: the data ends before its delimiter", itemOffset, new DicomTag(0xFFFE, 0xE000));
            }

            Warn(itemOffset, new DicomTag(0xFFFE, 0xE000), "Item of undefined length reaches the end of its enclosing item without a delimiter");
        }

        var length = kind == DatasetKind.TopLevel ? -1 : position - start;
        return new DicomDataset(elements.Drain(), characterSet, itemOffset, length, kind == DatasetKind.UndefinedItem);
    }

    private DicomElement ReadElement(ref long position, long end, DatasetSyntax syntax, int depth, DicomCharacterSet characterSet, PooledList<DicomElement> current)
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
            return new DicomElement(header.Tag, header.VR, flags, offset, header.HeaderLength, position - valueOffset, items);
        }

        if ((length & 1) != 0 && (flags & ElementFlags.Truncated) == 0)
        {
            Warn(offset, header.Tag, $"Odd value length {length}");
        }

        if (!_window.IsMemory && length >= _options.LargeValueThreshold)
        {
            return new DicomElement(header.Tag, header.VR, flags | ElementFlags.Deferred, offset, header.HeaderLength, length, _window.Source);
        }

        return new DicomElement(header.Tag, header.VR, flags, offset, header.HeaderLength, length, _window.Region(valueOffset, (int)length));
    }

    /// <summary>Up to <paramref name="count"/> bytes at <paramref name="position"/>, never past <paramref name="end"/>.</summary>
    private ReadOnlySpan<byte> Peek(long position, int count, long end) =>
        position >= end ? [] : _window.Peek(position, (int)Math.Min(count, end - position));

    private PooledList<DicomElement> Level(int depth)
    {
        while (_levels.Count <= depth)
        {
            _levels.Add(new PooledList<DicomElement>());
        }

        return _levels[depth];
    }

    private PooledList<DicomDataset> ItemLevel(int depth)
    {
        while (_itemLevels.Count <= depth)
        {
            _itemLevels.Add(new PooledList<DicomDataset>());
        }

        return _itemLevels[depth];
    }

    private DicomCharacterSet ReadCharacterSet(DicomElement element)
    {
        var messages = new List<string>();
        if (element.IsSequence || element.IsEncapsulated)
        {
            Warn(element.Offset, element.Tag, "Specific Character Set is not a text value: ignored");
            return DicomCharacterSet.Default;
        }

        // Read as text whatever the VR: a damaged VR must not cost the data set its character set.
        var terms = Encoding.Latin1.GetString(element.RawValue.Span).Split('\\').Select(t => t.Trim(' ', '\0')).ToArray();
        var characterSet = DicomCharacterSet.FromTerms(terms, messages);
        foreach (var message in messages)
        {
            Warn(element.Offset, element.Tag, message);
        }

        return characterSet;
    }

    private bool IsZeroFilled(long position, long end)
    {
        // Read through one stack buffer, not the window: megabytes of padding must not become blocks.
        Span<byte> chunk = stackalloc byte[4096];
        while (position < end)
        {
            var count = (int)Math.Min(chunk.Length, end - position);
            scoped ReadOnlySpan<byte> bytes;
            if (_window.IsMemory)
            {
                bytes = _window.Peek(position, count);
            }
            else
            {
                _window.Source.Read(position, chunk[..count]);
                bytes = chunk[..count];
            }

            if (bytes.ContainsAnyExcept((byte)0))
            {
                return false;
            }

            position += count;
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
