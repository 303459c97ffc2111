namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// A Huffman decoding table (T.81 Annex C and F.2.2.3): a 9-bit lookahead table for the short
/// codes, MAXCODE/VALPTR for the rest. Built once per DHT segment, read-only afterwards.
/// </summary>
internal sealed class JpegHuffmanTable
{
    private const int LookupBits = 9;

    // Entry: (code length << 8) | symbol; 0 when the code is longer than LookupBits.
    private readonly ushort[] _lookup = new ushort[1 << LookupBits];
    private readonly int[] _maxCode = new int[17];
    private readonly int[] _valueOffset = new int[17];
    private readonly byte[] _values;

    private JpegHuffmanTable(byte[] values) => _values = values;

    /// <summary>
    /// Builds a table from the 16 code-length counts and the symbols. Returns null when the counts
    /// describe no valid prefix code (more codes of a length than fit, or the all-ones code used).
    /// </summary>
    public static JpegHuffmanTable? Create(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> symbols)
    {
        var table = new JpegHuffmanTable(symbols.ToArray());
        var code = 0;
        var k = 0;
        for (var length = 1; length <= 16; length++)
        {
            int n = counts[length - 1];
            table._valueOffset[length] = k - code;
            if (n == 0)
            {
                table._maxCode[length] = -1;
            }
            else
            {
                for (var i = 0; i < n; i++, k++, code++)
                {
                    if (length <= LookupBits)
                    {
                        var first = code << (LookupBits - length);
                        var entry = (ushort)((length << 8) | symbols[k]);
                        table._lookup.AsSpan(first, 1 << (LookupBits - length)).Fill(entry);
                    }
                }

                table._maxCode[length] = code - 1;
            }

            // Codes of this length must fit in it, and the all-ones code is reserved (C.2, libjpeg).
            if (code >= 1 << length)
            {
                return null;
            }

            code <<= 1;
        }

        return table;
    }

    /// <summary>The largest symbol in the table, for DC-table range checks.</summary>
    public int MaxSymbol
    {
        get
        {
            var max = 0;
            foreach (var v in _values)
            {
                max = Math.Max(max, v);
            }

            return max;
        }
    }

    /// <summary>Decodes one symbol (T.81 F.2.2.3 DECODE).</summary>
    public int Decode(ref JpegBitReader reader)
    {
        var look = reader.Peek16();
        int entry = _lookup[look >> (16 - LookupBits)];
        if (entry != 0)
        {
            reader.Skip(entry >> 8);
            return entry & 0xFF;
        }

        for (var length = LookupBits + 1; length <= 16; length++)
        {
            var code = look >> (16 - length);
            if (code <= _maxCode[length])
            {
                reader.Skip(length);
                return _values[code + _valueOffset[length]];
            }
        }

        throw JpegFailure.At("invalid Huffman code in entropy-coded data", reader.Position, reader.FrameIndex);
    }
}
