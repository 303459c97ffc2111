using System.Buffers;
using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// Encodes data sets in little endian, implicit or explicit VR. Group lengths and defined sequence
/// lengths come from <see cref="Measure(DicomDataset)"/>, which computes exactly what is written.
/// </summary>
internal sealed class DatasetWriter(Stream output, bool explicitVR, DicomSequenceLengthEncoding sequenceLength, bool removeGroupLengths)
{
    private const int CopyChunk = 64 * 1024;
    private readonly Dictionary<DicomDataset, long> _measured = new(ReferenceEqualityComparer.Instance);

    public void WriteDataset(DicomDataset dataset)
    {
        var elements = Ordered(dataset);
        for (var i = 0; i < elements.Length; i++)
        {
            var element = elements[i];
            if (element.Tag.IsGroupLength)
            {
                if (!removeGroupLengths || element.Tag.Group == 0x0002)
                {
                    WriteGroupLength(element.Tag, GroupLength(elements, i));
                }

                continue;
            }

            WriteElement(element);
        }
    }

    /// <summary>Bytes a data set takes when written (elements only, no item header).</summary>
    public long Measure(DicomDataset dataset)
    {
        if (_measured.TryGetValue(dataset, out var known))
        {
            return known;
        }

        var total = 0L;
        foreach (var element in Ordered(dataset))
        {
            if (!element.Tag.IsGroupLength || !removeGroupLengths || element.Tag.Group == 0x0002)
            {
                total += Measure(element);
            }
        }

        _measured[dataset] = total;
        return total;
    }

    private long Measure(DicomElement element)
    {
        if (element.IsSequence)
        {
            var items = 0L;
            foreach (var item in element.Items)
            {
                items += 8 + Measure(item) + (sequenceLength == DicomSequenceLengthEncoding.Undefined ? 8 : 0);
            }

            return HeaderLength(DicomVR.SQ) + items + (sequenceLength == DicomSequenceLengthEncoding.Undefined ? 8 : 0);
        }

        if (element.Fragments is { } fragments)
        {
            var content = 8 + Padded(fragments.BasicOffsetTable.Length) + 8;
            foreach (var fragment in fragments.Fragments)
            {
                content += 8 + Padded(fragment.Length);
            }

            return HeaderLength(DicomVR.OB) + content;
        }

        return element.Tag.IsGroupLength ? HeaderLength(DicomVR.UL) + 4 : HeaderLength(element.VR) + Padded(element.Length);
    }

    private long GroupLength(DicomElement[] elements, int index)
    {
        var group = elements[index].Tag.Group;
        var total = 0L;
        for (var i = index + 1; i < elements.Length && elements[i].Tag.Group == group; i++)
        {
            total += Measure(elements[i]);
        }

        return total <= uint.MaxValue
            ? total
            : throw new DicomException($"Group {group:X4} is {total} bytes: too long for its group length", tag: elements[index].Tag);
    }

    private void WriteGroupLength(DicomTag tag, long length)
    {
        WriteHeader(tag, DicomVR.UL, 4);
        Span<byte> value = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(value, (uint)length);
        output.Write(value);
    }

    private void WriteElement(DicomElement element)
    {
        if (element.IsSequence)
        {
            WriteSequence(element);
            return;
        }

        if (element.Fragments is { } fragments)
        {
            WriteFragments(element, fragments);
            return;
        }

        var vr = element.VR;
        if (vr == DicomVR.None || vr == DicomVR.SQ)
        {
            throw new DicomException($"Element without a value representation cannot be written", tag: element.Tag);
        }

        if (vr.UnitSize > 1 && element.Length % vr.UnitSize != 0)
        {
            throw new DicomException($"A {vr.Code} value of {element.Length} bytes is not a whole number of {vr.UnitSize}-byte values", tag: element.Tag);
        }

        var length = Padded(element.Length);
        if (explicitVR && !vr.HasLongLength && length > ushort.MaxValue)
        {
            throw new DicomException($"A {vr.Code} value of {length} bytes does not fit the 16-bit length of explicit VR", tag: element.Tag);
        }

        if (length > uint.MaxValue - 1)
        {
            throw new DicomException($"A value of {length} bytes does not fit a 32-bit length", tag: element.Tag);
        }

        WriteHeader(element.Tag, vr, (uint)length);
        var swapUnit = element.IsBigEndian ? SwapUnit(vr) : 1;
        if (!element.IsDeferred && swapUnit == 1)
        {
            output.Write(element.RawValue.Span);
        }
        else
        {
            WriteValue(element.IsDeferred ? element.GetValueRange() : new DicomByteRange(DicomByteSource.FromMemory(element.RawValue), 0, element.Length), swapUnit, element.Length);
        }

        if (length != element.Length)
        {
            output.WriteByte(vr.PaddingByte);
        }
    }

    private void WriteSequence(DicomElement element)
    {
        var defined = sequenceLength == DicomSequenceLengthEncoding.Defined;
        WriteHeader(element.Tag, DicomVR.SQ, defined ? Checked(Measure(element) - HeaderLength(DicomVR.SQ), element.Tag) : ElementHeader.Undefined);
        foreach (var item in element.Items)
        {
            WriteTag(0xFFFE, 0xE000, defined ? Checked(Measure(item), element.Tag) : ElementHeader.Undefined);
            WriteDataset(item);
            if (!defined)
            {
                WriteTag(0xFFFE, 0xE00D, 0);
            }
        }

        if (!defined)
        {
            WriteTag(0xFFFE, 0xE0DD, 0);
        }
    }

    private void WriteFragments(DicomElement element, DicomFragmentSequence fragments)
    {
        if (!explicitVR)
        {
            throw new DicomException("Encapsulated pixel data needs an explicit VR transfer syntax", tag: element.Tag);
        }

        WriteHeader(element.Tag, DicomVR.OB, ElementHeader.Undefined);
        WriteItem(fragments.BasicOffsetTable.Range);
        foreach (var fragment in fragments.Fragments)
        {
            WriteItem(fragment.Range);
        }

        WriteTag(0xFFFE, 0xE0DD, 0);
    }

    // Odd fragments are padded with a zero byte (PS3.5 A.4 requires even item lengths).
    private void WriteItem(DicomByteRange range)
    {
        var length = Padded(range.Length);
        WriteTag(0xFFFE, 0xE000, Checked(length, new DicomTag(0x7FE0, 0x0010)));
        WriteValue(range, 1, range.Length);
        if (length != range.Length)
        {
            output.WriteByte(0);
        }
    }

    private void WriteValue(DicomByteRange range, int swapUnit, long length)
    {
        if (length == 0)
        {
            return;
        }

        if (swapUnit == 1 && range.TryGetMemory(out var memory))
        {
            output.Write(memory.Span);
            return;
        }

        // Streamed in chunks: values over 2 GB and deferred values are never loaded whole.
        var chunk = (int)Math.Min(CopyChunk, length);
        chunk -= chunk % Math.Max(1, swapUnit);
        var buffer = ArrayPool<byte>.Shared.Rent(chunk);
        try
        {
            for (var done = 0L; done < length;)
            {
                var count = (int)Math.Min(chunk, length - done);
                var span = buffer.AsSpan(0, count);
                range.Slice(done, count).CopyTo(span);
                for (var i = 0; swapUnit > 1 && i + swapUnit <= count; i += swapUnit)
                {
                    span.Slice(i, swapUnit).Reverse();
                }

                output.Write(span);
                done += count;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void WriteHeader(DicomTag tag, DicomVR vr, uint length)
    {
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
        if (!explicitVR)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[4..], length);
            output.Write(header[..8]);
            return;
        }

        header[4] = (byte)vr.Code[0];
        header[5] = (byte)vr.Code[1];
        if (vr.HasLongLength)
        {
            header[6] = 0;
            header[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(header[8..], length);
            output.Write(header);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)length);
            output.Write(header[..8]);
        }
    }

    private void WriteTag(ushort group, ushort element, uint length)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt16LittleEndian(header, group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], element);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], length);
        output.Write(header);
    }

    private int HeaderLength(DicomVR vr) => !explicitVR ? 8 : vr.HasLongLength ? 12 : 8;

    private static long Padded(long length) => length + (length & 1);

    // AT values are pairs of 16-bit numbers; other binary VRs swap by their unit size.
    private static int SwapUnit(DicomVR vr) => vr == DicomVR.AT ? 2 : vr.IsEndianSensitive ? vr.UnitSize : 1;

    private static uint Checked(long length, DicomTag tag) =>
        length < uint.MaxValue ? (uint)length : throw new DicomException($"{length} bytes do not fit a 32-bit length", tag: tag);

    /// <summary>Elements in ascending tag order (the standard's order), file meta elements refused in a data set.</summary>
    private static DicomElement[] Ordered(DicomDataset dataset)
    {
        var elements = dataset.Elements;
        if (!dataset.IsInTagOrder)
        {
            elements = [.. elements.OrderBy(e => e.Tag.Value)];
            for (var i = 1; i < elements.Length; i++)
            {
                if (elements[i].Tag == elements[i - 1].Tag)
                {
                    throw new DicomException("The data set holds the same tag twice", tag: elements[i].Tag);
                }
            }
        }

        return elements;
    }
}
