namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>Writes SOI, APP0 (JFIF), DQT, SOF0, DHT and SOS for a baseline JPEG.</summary>
internal static class JpegHeaderWriter
{
    public static void WriteHeaders(
        JpegBitWriter writer, int width, int height, bool color, bool subsample, ReadOnlySpan<byte> luminance, ReadOnlySpan<byte> chrominance)
    {
        writer.WriteBytes([0xFF, 0xD8]);

        // APP0 JFIF 1.01, no density unit, 1:1 aspect, no thumbnail.
        writer.WriteBytes([0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);

        writer.WriteBytes([0xFF, 0xDB]);
        writer.WriteUInt16(2 + (65 * (color ? 2 : 1)));
        WriteQuantizationTable(writer, 0, luminance);
        if (color)
        {
            WriteQuantizationTable(writer, 1, chrominance);
        }

        // SOF0: 8-bit precision, component id, sampling factors (H << 4 | V), quantisation table.
        writer.WriteBytes([0xFF, 0xC0]);
        writer.WriteUInt16(8 + (3 * (color ? 3 : 1)));
        writer.WriteByte(8);
        writer.WriteUInt16(height);
        writer.WriteUInt16(width);
        if (color)
        {
            writer.WriteBytes([3, 1, subsample ? (byte)0x22 : (byte)0x11, 0, 2, 0x11, 1, 3, 0x11, 1]);
        }
        else
        {
            writer.WriteBytes([1, 1, 0x11, 0]);
        }

        WriteHuffmanTable(writer, 0x00, JpegHuffmanTable.LuminanceDc);
        WriteHuffmanTable(writer, 0x10, JpegHuffmanTable.LuminanceAc);
        if (color)
        {
            WriteHuffmanTable(writer, 0x01, JpegHuffmanTable.ChrominanceDc);
            WriteHuffmanTable(writer, 0x11, JpegHuffmanTable.ChrominanceAc);
        }

        // SOS: components with their DC/AC tables, full spectral range, no successive approximation.
        writer.WriteBytes([0xFF, 0xDA]);
        writer.WriteUInt16(6 + (2 * (color ? 3 : 1)));
        if (color)
        {
            writer.WriteBytes([3, 1, 0x00, 2, 0x11, 3, 0x11]);
        }
        else
        {
            writer.WriteBytes([1, 1, 0x00]);
        }

        writer.WriteBytes([0, 63, 0]);
    }

    private static void WriteQuantizationTable(JpegBitWriter writer, byte id, ReadOnlySpan<byte> natural)
    {
        writer.WriteByte(id);
        foreach (var index in JpegTables.ZigZag)
        {
            writer.WriteByte(natural[index]);
        }
    }

    private static void WriteHuffmanTable(JpegBitWriter writer, byte classAndId, JpegHuffmanTable table)
    {
        writer.WriteBytes([0xFF, 0xC4]);
        writer.WriteUInt16(2 + 1 + 16 + table.Symbols.Length);
        writer.WriteByte(classAndId);
        writer.WriteBytes(table.Counts);
        writer.WriteBytes(table.Symbols);
    }
}
