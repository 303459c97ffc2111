namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// Expands segmented palette LUT data (PS3.3 C.7.9.2). Linear segments round half to even, as
/// pydicom (the pixel reference of the corpus) does. Indirect segments may not point at other
/// indirect segments, so expansion is bounded without recursion.
/// </summary>
internal static class SegmentedLookupTableExpander
{
    private const ushort Discrete = 0;
    private const ushort Linear = 1;
    private const ushort Indirect = 2;

    public static ushort[] Expand(ReadOnlySpan<ushort> words, bool eightBit, int expectedEntries)
    {
        // 8-bit segmented data keeps one segment value per byte, two per word, low byte first.
        var values = eightBit ? SplitBytes(words) : words.ToArray();
        var output = new List<ushort>(expectedEntries);
        var position = 0;
        while (position + 1 < values.Length && output.Count < expectedEntries)
        {
            position = ExpandSegment(values, position, output, allowIndirect: true, eightBit, expectedEntries);
        }

        if (output.Count < expectedEntries)
        {
            throw new DicomException(
                $"Segmented lookup table expands to {output.Count} entries, {expectedEntries} expected");
        }

        return output.Count == expectedEntries ? [.. output] : output.GetRange(0, expectedEntries).ToArray();
    }

    private static int ExpandSegment(
        ushort[] values, int position, List<ushort> output, bool allowIndirect, bool eightBit, int limit)
    {
        var opcode = values[position];
        var length = values[position + 1];
        position += 2;
        switch (opcode)
        {
            case Discrete:
                Require(values, position, length, "discrete");
                for (var i = 0; i < length; i++)
                {
                    output.Add(values[position + i]);
                }

                return position + length;

            case Linear:
                Require(values, position, 1, "linear");
                if (output.Count == 0)
                {
                    throw new DicomException("Segmented lookup table starts with a linear segment");
                }

                AddLinear(output, output[^1], values[position], length);
                return position + 1;

            case Indirect:
                if (!allowIndirect)
                {
                    throw new DicomException("Segmented lookup table has an indirect segment pointing at another indirect segment");
                }

                return ExpandIndirect(values, position, length, output, eightBit, limit);

            default:
                throw new DicomException($"Segmented lookup table has unknown segment type {opcode}");
        }
    }

    private static int ExpandIndirect(
        ushort[] values, int position, int segmentCount, List<ushort> output, bool eightBit, int limit)
    {
        if (output.Count == 0)
        {
            throw new DicomException("Segmented lookup table starts with an indirect segment");
        }

        // The 32-bit offset is stored least significant word first; it indexes segment values.
        var offsetWords = eightBit ? 4 : 2;
        Require(values, position, offsetWords, "indirect");
        long offset = eightBit
            ? (uint)values[position] | ((uint)values[position + 1] << 8) | ((uint)values[position + 2] << 16) | ((uint)values[position + 3] << 24)
            : (uint)values[position] | ((uint)values[position + 1] << 16);
        if (offset < 0 || offset >= values.Length)
        {
            throw new DicomException($"Segmented lookup table indirect offset {offset} is outside the data");
        }

        var target = (int)offset;
        // Stop once the table is full: repeated indirection must not grow the output without bound.
        for (var i = 0; i < segmentCount && output.Count < limit; i++)
        {
            if (target + 1 >= values.Length)
            {
                throw new DicomException("Segmented lookup table indirect segment runs past the data");
            }

            target = ExpandSegment(values, target, output, allowIndirect: false, eightBit, limit);
        }

        return position + offsetWords;
    }

    private static void AddLinear(List<ushort> output, ushort start, ushort end, int length)
    {
        if (start == end)
        {
            for (var i = 0; i < length; i++)
            {
                output.Add(end);
            }

            return;
        }

        var step = (end - (double)start) / length;
        for (var i = 1; i <= length; i++)
        {
            // The last point lands exactly on the segment's end value.
            var value = i == length ? end : Math.Round(start + (step * i), MidpointRounding.ToEven);
            output.Add((ushort)Math.Clamp(value, 0, ushort.MaxValue));
        }
    }

    private static void Require(ushort[] values, int position, int count, string kind)
    {
        if (position + count > values.Length)
        {
            throw new DicomException($"Segmented lookup table {kind} segment runs past the data");
        }
    }

    private static ushort[] SplitBytes(ReadOnlySpan<ushort> words)
    {
        var bytes = new ushort[words.Length * 2];
        for (var i = 0; i < words.Length; i++)
        {
            bytes[2 * i] = (ushort)(words[i] & 0xFF);
            bytes[(2 * i) + 1] = (ushort)(words[i] >> 8);
        }

        return bytes;
    }
}
