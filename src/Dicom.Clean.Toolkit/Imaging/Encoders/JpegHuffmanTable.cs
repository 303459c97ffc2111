namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>A Huffman code table built from its DHT form (counts per length, symbols), T.81 Annex C.</summary>
internal sealed class JpegHuffmanTable
{
    private readonly ushort[] _codes = new ushort[256];
    private readonly byte[] _sizes = new byte[256];

    public JpegHuffmanTable(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> symbols)
    {
        Counts = counts.ToArray();
        Symbols = symbols.ToArray();
        var code = 0;
        var k = 0;
        for (var length = 1; length <= 16; length++)
        {
            for (var i = 0; i < counts[length - 1]; i++, k++)
            {
                _codes[symbols[k]] = (ushort)code;
                _sizes[symbols[k]] = (byte)length;
                code++;
            }

            code <<= 1;
        }
    }

    public static JpegHuffmanTable LuminanceDc { get; } = new(JpegTables.LuminanceDcCounts, JpegTables.DcSymbols);

    public static JpegHuffmanTable LuminanceAc { get; } = new(JpegTables.LuminanceAcCounts, JpegTables.LuminanceAcSymbols);

    public static JpegHuffmanTable ChrominanceDc { get; } = new(JpegTables.ChrominanceDcCounts, JpegTables.DcSymbols);

    public static JpegHuffmanTable ChrominanceAc { get; } = new(JpegTables.ChrominanceAcCounts, JpegTables.ChrominanceAcSymbols);

    /// <summary>Codes per length 1 to 16, as written in DHT.</summary>
    public byte[] Counts { get; }

    /// <summary>Symbols in code order, as written in DHT.</summary>
    public byte[] Symbols { get; }

    public uint Code(int symbol) => _codes[symbol];

    public int Size(int symbol) => _sizes[symbol];
}
