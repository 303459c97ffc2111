namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

/// <summary>
/// A Huffman table for test encoding, generated from symbol frequencies by the procedure of
/// T.81 Annex K.2 (code sizes, limited to 16 bits, all-ones code reserved).
/// </summary>
internal sealed class JpegTestHuffman
{
    private readonly int[] _code = new int[256];
    private readonly int[] _size = new int[256];

    private JpegTestHuffman(byte[] counts, byte[] symbols)
    {
        Counts = counts;
        Symbols = symbols;
        var code = 0;
        var k = 0;
        for (var length = 1; length <= 16; length++)
        {
            for (var i = 0; i < counts[length - 1]; i++, k++)
            {
                _code[symbols[k]] = code++;
                _size[symbols[k]] = length;
            }

            code <<= 1;
        }
    }

    /// <summary>BITS: number of codes of each length 1 to 16.</summary>
    public byte[] Counts { get; }

    /// <summary>HUFFVAL: symbols in order of increasing code length.</summary>
    public byte[] Symbols { get; }

    public void Write(JpegTestBitWriter writer, int symbol)
    {
        if (_size[symbol] == 0)
        {
            throw new InvalidOperationException($"symbol {symbol} is not in the table");
        }

        writer.Write(_code[symbol], _size[symbol]);
    }

    public static JpegTestHuffman FromFrequencies(long[] frequencies)
    {
        // K.2 Figure K.1: repeatedly merge the two least frequent entries; entry 256 is the
        // reserved one-frequency symbol that keeps any code from being all ones.
        var freq = new long[257];
        Array.Copy(frequencies, freq, 256);
        freq[256] = 1;
        var codeSize = new int[257];
        var others = Enumerable.Repeat(-1, 257).ToArray();
        while (true)
        {
            int c1 = -1, c2 = -1;
            for (var i = 0; i < 257; i++)
            {
                if (freq[i] > 0 && (c1 < 0 || freq[i] <= freq[c1]))
                {
                    c1 = i;
                }
            }

            for (var i = 0; i < 257; i++)
            {
                if (freq[i] > 0 && i != c1 && (c2 < 0 || freq[i] <= freq[c2]))
                {
                    c2 = i;
                }
            }

            if (c2 < 0)
            {
                break;
            }

            freq[c1] += freq[c2];
            freq[c2] = 0;
            for (codeSize[c1]++; others[c1] >= 0; codeSize[c1]++)
            {
                c1 = others[c1];
            }

            others[c1] = c2;
            for (codeSize[c2]++; others[c2] >= 0; codeSize[c2]++)
            {
                c2 = others[c2];
            }
        }

        // K.2 Figures K.2 and K.3: count sizes, limit them to 16 bits, drop the reserved code.
        var bits = new int[33];
        for (var i = 0; i < 257; i++)
        {
            if (codeSize[i] > 0)
            {
                bits[codeSize[i]]++;
            }
        }

        for (var i = 32; i > 16; i--)
        {
            while (bits[i] > 0)
            {
                var j = i - 2;
                while (bits[j] == 0)
                {
                    j--;
                }

                bits[i] -= 2;
                bits[i - 1]++;
                bits[j + 1] += 2;
                bits[j]--;
            }
        }

        var last = 16;
        while (bits[last] == 0)
        {
            last--;
        }

        bits[last]--;
        var counts = new byte[16];
        for (var i = 1; i <= 16; i++)
        {
            counts[i - 1] = (byte)bits[i];
        }

        // K.2 Figure K.4: symbols sorted by code size, then by value.
        var symbols = new List<byte>();
        for (var size = 1; size <= 32; size++)
        {
            for (var s = 0; s < 256; s++)
            {
                if (codeSize[s] == size)
                {
                    symbols.Add((byte)s);
                }
            }
        }

        return new JpegTestHuffman(counts, [.. symbols]);
    }
}
