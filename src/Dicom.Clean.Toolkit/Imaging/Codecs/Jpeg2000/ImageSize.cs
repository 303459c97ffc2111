using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The SIZ marker segment: reference grid, tiling and components (T.800 A.5.1). Coordinates are
/// kept below 2^31 so that component and tile arithmetic fits in <see cref="int"/>.
/// </summary>
internal sealed class ImageSize
{
    private ImageSize(int width, int height, int offsetX, int offsetY, int tileWidth, int tileHeight,
        int tileOffsetX, int tileOffsetY, ImageComponentSize[] components)
    {
        Width = width;
        Height = height;
        OffsetX = offsetX;
        OffsetY = offsetY;
        TileWidth = tileWidth;
        TileHeight = tileHeight;
        TileOffsetX = tileOffsetX;
        TileOffsetY = tileOffsetY;
        Components = components;
        TilesX = (int)CeilDiv((long)width - tileOffsetX, tileWidth);
        TilesY = (int)CeilDiv((long)height - tileOffsetY, tileHeight);
    }

    /// <summary>Xsiz: right edge of the image area on the reference grid.</summary>
    public int Width { get; }

    /// <summary>Ysiz: bottom edge of the image area on the reference grid.</summary>
    public int Height { get; }

    /// <summary>XOsiz.</summary>
    public int OffsetX { get; }

    /// <summary>YOsiz.</summary>
    public int OffsetY { get; }

    /// <summary>XTsiz.</summary>
    public int TileWidth { get; }

    /// <summary>YTsiz.</summary>
    public int TileHeight { get; }

    /// <summary>XTOsiz.</summary>
    public int TileOffsetX { get; }

    /// <summary>YTOsiz.</summary>
    public int TileOffsetY { get; }

    /// <summary>The components, in codestream order.</summary>
    public IReadOnlyList<ImageComponentSize> Components { get; }

    /// <summary>Tiles across.</summary>
    public int TilesX { get; }

    /// <summary>Tiles down.</summary>
    public int TilesY { get; }

    /// <summary>Number of tiles.</summary>
    public int TileCount => TilesX * TilesY;

    /// <summary>Width of component <paramref name="c"/> in samples.</summary>
    public int ComponentWidth(int c) => CeilDiv(Width, Components[c].SubsamplingX) - CeilDiv(OffsetX, Components[c].SubsamplingX);

    /// <summary>Height of component <paramref name="c"/> in samples.</summary>
    public int ComponentHeight(int c) => CeilDiv(Height, Components[c].SubsamplingY) - CeilDiv(OffsetY, Components[c].SubsamplingY);

    /// <summary>Parses the SIZ segment body (after the length field).</summary>
    public static ImageSize Parse(ReadOnlySpan<byte> body, long offset)
    {
        if (body.Length < 36)
        {
            throw new DicomException("JPEG 2000 SIZ segment is too short", offset);
        }

        var xsiz = BinaryPrimitives.ReadUInt32BigEndian(body[2..]);
        var ysiz = BinaryPrimitives.ReadUInt32BigEndian(body[6..]);
        var xo = BinaryPrimitives.ReadUInt32BigEndian(body[10..]);
        var yo = BinaryPrimitives.ReadUInt32BigEndian(body[14..]);
        var xt = BinaryPrimitives.ReadUInt32BigEndian(body[18..]);
        var yt = BinaryPrimitives.ReadUInt32BigEndian(body[22..]);
        var xto = BinaryPrimitives.ReadUInt32BigEndian(body[26..]);
        var yto = BinaryPrimitives.ReadUInt32BigEndian(body[30..]);
        int csiz = BinaryPrimitives.ReadUInt16BigEndian(body[34..]);
        if (xsiz > int.MaxValue || ysiz > int.MaxValue || xt > int.MaxValue || yt > int.MaxValue)
        {
            throw new DicomException($"JPEG 2000 SIZ declares coordinates up to {Math.Max(xsiz, ysiz)}; beyond 2^31 is not supported", offset);
        }

        if (xo >= xsiz || yo >= ysiz || xt == 0 || yt == 0 || xto > xo || yto > yo
            || (long)xto + xt <= xo || (long)yto + yt <= yo)
        {
            throw new DicomException("JPEG 2000 SIZ segment describes an empty or inconsistent image or tiling", offset);
        }

        if (csiz is 0 or > 16384 || body.Length < 36 + (3 * csiz))
        {
            throw new DicomException($"JPEG 2000 SIZ segment declares {csiz} components but holds fewer", offset);
        }

        var components = new ImageComponentSize[csiz];
        for (var c = 0; c < csiz; c++)
        {
            var ssiz = body[36 + (3 * c)];
            int dx = body[37 + (3 * c)];
            int dy = body[38 + (3 * c)];
            var precision = (ssiz & 0x7F) + 1;
            if (dx == 0 || dy == 0 || precision > 38)
            {
                throw new DicomException($"JPEG 2000 component {c} has an invalid depth or subsampling", offset);
            }

            components[c] = new ImageComponentSize(precision, (ssiz & 0x80) != 0, dx, dy);
        }

        var size = new ImageSize((int)xsiz, (int)ysiz, (int)xo, (int)yo, (int)xt, (int)yt, (int)xto, (int)yto, components);
        if ((long)size.TilesX * size.TilesY > 65535)
        {
            throw new DicomException($"JPEG 2000 SIZ segment declares {(long)size.TilesX * size.TilesY} tiles, more than 65535", offset);
        }

        return size;
    }

    /// <summary>Ceiling of <paramref name="a"/> / <paramref name="b"/> for non-negative values.</summary>
    public static int CeilDiv(int a, int b) => (int)(((long)a + b - 1) / b);

    private static long CeilDiv(long a, long b) => (a + b - 1) / b;
}
