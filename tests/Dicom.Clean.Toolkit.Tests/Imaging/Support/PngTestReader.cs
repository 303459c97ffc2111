using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Dicom.Clean.Toolkit.Tests.Imaging.Support;

/// <summary>A minimal PNG reader for tests: checks chunk CRCs, inflates IDAT, undoes the five filters.</summary>
internal static class PngTestReader
{
    public sealed record Image(int Width, int Height, int BitDepth, int ColorType, byte[] Pixels, IReadOnlyList<string> Chunks);

    public static Image Read(byte[] png)
    {
        Assert.That(png[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "signature");
        var chunks = new List<string>();
        using var idat = new MemoryStream();
        int width = 0, height = 0, depth = 0, colorType = 0;
        var position = 8;
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = System.Text.Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(position + 8 + length));
            Assert.That(crc, Is.EqualTo(Crc32.HashToUInt32(png.AsSpan(position + 4, length + 4))), $"CRC of {type}");
            chunks.Add(type);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    depth = data[8];
                    colorType = data[9];
                    Assert.That(data[12], Is.Zero, "interlace");
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            position += 12 + length;
        }

        var channels = colorType == 2 ? 3 : 1;
        var bpp = channels * depth / 8;
        var stride = width * bpp;
        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        var raw = new byte[(stride + 1) * height];
        zlib.ReadExactly(raw);
        Assert.That(zlib.ReadByte(), Is.EqualTo(-1), "no data after the last row");

        var pixels = new byte[stride * height];
        var prior = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bpp ? row[i - bpp] : 0, b = prior[i], c = i >= bpp ? prior[i - bpp] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new AssertionException($"unknown filter {filter}"),
                };
                row[i] = (byte)(line[i] + predictor);
            }

            row.CopyTo(prior);
        }

        return new Image(width, height, depth, colorType, pixels, chunks);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
