namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

/// <summary>Writes the marker segments of a test JPEG stream (T.81 Annex B).</summary>
internal sealed class JpegTestStreamWriter
{
    public List<byte> Output { get; } = [0xFF, 0xD8];

    public void Marker(int marker, IReadOnlyCollection<byte> body)
    {
        Output.Add(0xFF);
        Output.Add((byte)marker);
        var length = body.Count + 2;
        Output.Add((byte)(length >> 8));
        Output.Add((byte)length);
        Output.AddRange(body);
    }

    public void FrameHeader(int marker, JpegTestImage image, int[]? quantSelectors = null, int? declaredHeight = null)
    {
        var height = declaredHeight ?? image.Height;
        var body = new List<byte> { (byte)image.Precision, (byte)(height >> 8), (byte)height, (byte)(image.Width >> 8), (byte)image.Width, (byte)image.Components.Length };
        for (var i = 0; i < image.Components.Length; i++)
        {
            var c = image.Components[i];
            body.AddRange([(byte)c.Id, (byte)((c.H << 4) | c.V), (byte)(quantSelectors?[i] ?? 0)]);
        }

        Marker(0xC0 + (marker & 0x0F), body);
    }

    public void QuantizationTable(int id, int[] naturalOrder)
    {
        var wide = naturalOrder.Any(q => q > 255);
        var body = new List<byte> { (byte)((wide ? 0x10 : 0) | id) };
        foreach (var index in ZigZag)
        {
            var q = naturalOrder[index];
            if (wide)
            {
                body.Add((byte)(q >> 8));
            }

            body.Add((byte)q);
        }

        Marker(0xDB, body);
    }

    public void RestartInterval(int interval) => Marker(0xDD, [(byte)(interval >> 8), (byte)interval]);

    /// <summary>DHT for every slot used: slots 0-3 are DC/lossless tables 0-3, slots 4-7 AC tables 0-3.</summary>
    public void HuffmanTables(JpegTestHuffman?[] tables)
    {
        var body = new List<byte>();
        for (var slot = 0; slot < tables.Length; slot++)
        {
            if (tables[slot] is { } t)
            {
                body.Add((byte)((slot < 4 ? 0x00 : 0x10) | (slot & 3)));
                body.AddRange(t.Counts);
                body.AddRange(t.Symbols);
            }
        }

        Marker(0xC4, body);
    }

    public void ScanHeader(JpegTestImage image, int[] componentIndexes, int[] dcSlots, int[] acSlots, int ss, int se, int ah, int al)
    {
        var body = new List<byte> { (byte)componentIndexes.Length };
        for (var i = 0; i < componentIndexes.Length; i++)
        {
            body.Add((byte)image.Components[componentIndexes[i]].Id);
            body.Add((byte)(((dcSlots[i] & 3) << 4) | (acSlots[i] & 3)));
        }

        body.AddRange([(byte)ss, (byte)se, (byte)((ah << 4) | al)]);
        Marker(0xDA, body);
    }

    public byte[] End()
    {
        Output.Add(0xFF);
        Output.Add(0xD9);
        return [.. Output];
    }

    /// <summary>Natural (row-major) index of each zig-zag position.</summary>
    public static readonly int[] ZigZag =
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
    ];
}
