namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

/// <summary>
/// The entropy-coded content of one scan, recorded as tokens (Huffman symbols, raw bits, restart
/// markers) so that optimal tables can be built from the statistics before anything is written.
/// </summary>
internal sealed class JpegTestEntropyScan
{
    private readonly List<(int Kind, int Table, int Value, int Length)> _tokens = [];
    private readonly long[][] _frequencies = [new long[256], new long[256], new long[256], new long[256], new long[256], new long[256], new long[256], new long[256]];
    private int _restarts;

    /// <summary>A Huffman symbol from table slot 0-3 (DC / lossless) or 4-7 (AC).</summary>
    public void Symbol(int table, int symbol)
    {
        _tokens.Add((0, table, symbol, 0));
        _frequencies[table][symbol]++;
    }

    public void Bits(int value, int length)
    {
        if (length > 0)
        {
            _tokens.Add((1, 0, value & ((1 << length) - 1), length));
        }
    }

    public void Restart() => _tokens.Add((2, 0, _restarts++ & 7, 0));

    /// <summary>Magnitude category (SSSS) and its low-order bits (F.1.2.1), for values up to 2^15.</summary>
    public static (int Size, int Bits) Category(int value)
    {
        var magnitude = Math.Abs(value);
        var size = 0;
        while (magnitude >> size != 0)
        {
            size++;
        }

        return (size, value < 0 ? value - 1 : value);
    }

    /// <summary>Builds a table for every slot used; slots with no symbols stay null.</summary>
    public JpegTestHuffman?[] BuildTables() =>
        _frequencies.Select(f => f.Any(n => n > 0) ? JpegTestHuffman.FromFrequencies(f) : null).ToArray();

    /// <summary>Writes the entropy-coded segment (with its RSTn markers) using <paramref name="tables"/>.</summary>
    public void WriteTo(List<byte> output, JpegTestHuffman?[] tables)
    {
        var writer = new JpegTestBitWriter(output);
        foreach (var (kind, table, value, length) in _tokens)
        {
            switch (kind)
            {
                case 0:
                    tables[table]!.Write(writer, value);
                    break;
                case 1:
                    writer.Write(value, length);
                    break;
                default:
                    writer.Flush();
                    output.Add(0xFF);
                    output.Add((byte)(0xD0 + value));
                    break;
            }
        }

        writer.Flush();
    }
}
