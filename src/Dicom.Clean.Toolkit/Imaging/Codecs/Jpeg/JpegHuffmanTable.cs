using System.Runtime.CompilerServices;

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

    // AC shortcut: when a code and its extra bits fit in LookupBits, the decoded coefficient
    // (value << 16) | (run << 8) | bits used; 0 otherwise.
    private readonly int[] _fastAc = new int[1 << LookupBits];

    // DC and lossless shortcut: when a magnitude category and its bits fit in LookupBits, the
    // difference (value << 16) | bits used (never 0, as a code has at least one bit); 0 otherwise.
    private readonly int[] _fastDifference = new int[1 << LookupBits];
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
                    // Codes of this length must fit in it, and the all-ones code is reserved (C.2).
                    if (code >= (1 << length) - 1)
                    {
                        return null;
                    }

                    if (length <= LookupBits)
                    {
                        var first = code << (LookupBits - length);
                        var entry = (ushort)((length << 8) | symbols[k]);
                        table._lookup.AsSpan(first, 1 << (LookupBits - length)).Fill(entry);
                    }
                }

                table._maxCode[length] = code - 1;
            }

            code <<= 1;
        }

        table.BuildFastAc();
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Decode(ref JpegBitReader reader)
    {
        var look = reader.Peek16();
        int entry = _lookup[look >> (16 - LookupBits)];
        if (entry != 0)
        {
            reader.Skip(entry >> 8);
            return entry & 0xFF;
        }

        return DecodeLong(ref reader, look);
    }

    /// <summary>
    /// Decodes a whole AC coefficient when its code and value bits fit the lookahead: returns
    /// value * 65536 + run * 256 + bits consumed, or 0 (nothing consumed) when the caller must use
    /// <see cref="Decode"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int DecodeFastAc(ref JpegBitReader reader)
    {
        var entry = _fastAc[reader.Peek16() >> (16 - LookupBits)];
        if (entry != 0)
        {
            reader.Skip(entry & 0xFF);
        }

        return entry;
    }

    /// <summary>
    /// Decodes a whole DC or lossless difference (category and extra bits) when it fits the
    /// lookahead: returns value * 65536 + bits consumed, or 0 (nothing consumed) when the caller must
    /// use <see cref="Decode"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int DecodeFastDifference(ref JpegBitReader reader)
    {
        var entry = _fastDifference[reader.Peek16() >> (16 - LookupBits)];
        if (entry != 0)
        {
            reader.Skip(entry & 0xFF);
        }

        return entry;
    }

    private int DecodeLong(ref JpegBitReader reader, int look)
    {
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

    private void BuildFastAc()
    {
        for (var look = 0; look < _lookup.Length; look++)
        {
            int entry = _lookup[look];
            var length = entry >> 8;
            var symbol = entry & 0xFF;
            if (length == 0)
            {
                continue;
            }

            // As a difference category (DC, lossless): symbol bits follow the code.
            if (symbol < 16 && length + symbol <= LookupBits)
            {
                _fastDifference[look] = (Extend(look, length, symbol) << 16) | (length + symbol);
            }

            // As an AC run/size pair; EOB and ZRL (size 0) take the normal path.
            var run = symbol >> 4;
            var size = symbol & 15;
            if (size != 0 && length + size <= LookupBits)
            {
                _fastAc[look] = (Extend(look, length, size) << 16) | (run << 8) | (length + size);
            }
        }
    }

    // The 'size' value bits that follow a code of 'length' bits in the lookahead, EXTENDed (F.2.2.1).
    private static int Extend(int look, int length, int size)
    {
        if (size == 0)
        {
            return 0;
        }

        var bits = (look >> (LookupBits - length - size)) & ((1 << size) - 1);
        return bits < (1 << (size - 1)) ? bits - (1 << size) + 1 : bits;
    }
}
