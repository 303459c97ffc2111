using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>Marker segment bodies and byte helpers of the test encoder.</summary>
internal static partial class TestCodestreamEncoder
{
    private static byte[] SizBody(TestEncoderOptions o)
    {
        var body = new List<byte> { (byte)(o.HighThroughput ? 0x40 : 0), 0 };
        var xsiz = o.OffsetX + o.Width;
        var ysiz = o.OffsetY + o.Height;
        foreach (var v in (int[])[xsiz, ysiz, o.OffsetX, o.OffsetY, o.TileWidth == 0 ? xsiz : o.TileWidth,
                     o.TileHeight == 0 ? ysiz : o.TileHeight, o.TileOffsetX, o.TileOffsetY])
        {
            body.AddRange(BigEndian32(v));
        }

        body.AddRange([(byte)(o.Components >> 8), (byte)o.Components]);
        for (var c = 0; c < o.Components; c++)
        {
            body.AddRange([(byte)((o.Signed ? 0x80 : 0) | (o.Precision - 1)), 1, 1]);
        }

        return [.. body];
    }

    private static byte[] CodBody(TestEncoderOptions o)
    {
        var scod = (o.Precincts is null ? 0 : 1) | (o.StartOfPacketMarkers ? 2 : 0) | (o.EndOfPacketHeaderMarkers ? 4 : 0);
        var body = new List<byte>
        {
            (byte)scod, (byte)o.Progression, (byte)(o.Layers >> 8), (byte)o.Layers, (byte)(o.ComponentTransform ? 1 : 0),
            (byte)o.Levels, (byte)(o.BlockWidthExponent - 2), (byte)(o.BlockHeightExponent - 2),
            (byte)(o.BlockStyle | (o.HighThroughput ? CodeBlockStyle.HighThroughput : 0)), 1,
        };
        if (o.Precincts is not null)
        {
            body.AddRange(o.Precincts);
        }

        return [.. body];
    }

    // No quantisation: exponents generous enough for any reversible coefficient (plus RCT's extra bit).
    private static byte[] QcdBody(TestEncoderOptions o)
    {
        var body = new List<byte> { (byte)(GuardBits << 5) };
        body.Add((byte)((o.Precision + 1) << 3));
        for (var r = 1; r <= o.Levels; r++)
        {
            body.AddRange([(byte)((o.Precision + 2) << 3), (byte)((o.Precision + 2) << 3), (byte)((o.Precision + 3) << 3)]);
        }

        return [.. body];
    }

    private static byte[] PocBody(IReadOnlyList<ProgressionChange> changes) =>
        changes.SelectMany(c => new[]
        {
            (byte)c.ResolutionStart, (byte)c.ComponentStart, (byte)(c.LayerEnd >> 8), (byte)c.LayerEnd, (byte)c.ResolutionEnd,
            (byte)c.ComponentEnd, (byte)c.Order,
        }).ToArray();

    private static byte[] BigEndian32(int v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    private static void Marker(List<byte> output, ushort marker) => output.AddRange([(byte)(marker >> 8), (byte)marker]);

    private static void Segment(List<byte> output, ushort marker, byte[] body)
    {
        Marker(output, marker);
        output.AddRange([(byte)((body.Length + 2) >> 8), (byte)(body.Length + 2)]);
        output.AddRange(body);
    }
}
