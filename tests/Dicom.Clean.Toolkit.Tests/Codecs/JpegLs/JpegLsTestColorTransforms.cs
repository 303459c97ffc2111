using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>The HP colour transforms as CharLS defines them (forward here; inverse via the decoder's helper).</summary>
internal static class JpegLsTestColorTransforms
{
    public static ushort[][] Forward(ushort[][] rgb, int transform, int precision)
    {
        int mask = (1 << precision) - 1, half = 1 << (precision - 1);
        var result = rgb.Select(p => new ushort[p.Length]).ToArray();
        for (var i = 0; i < rgb[0].Length; i++)
        {
            int r = rgb[0][i], g = rgb[1][i], b = rgb[2][i];
            int v1, v2, v3;
            switch (transform)
            {
                case 1:
                    (v1, v2, v3) = (r - g + half, g, b - g + half);
                    break;
                case 2:
                    (v1, v2, v3) = (r - g + half, g, b - ((r + g) >> 1) + half);
                    break;
                default:
                    v2 = (b - g + half) & mask;
                    v3 = (r - g + half) & mask;
                    v1 = g + ((v2 + v3) >> 2) - (half >> 1);
                    break;
            }

            (result[0][i], result[1][i], result[2][i]) = ((ushort)(v1 & mask), (ushort)(v2 & mask), (ushort)(v3 & mask));
        }

        return result;
    }

    public static ushort[][] Inverse(ushort[][] planes, int transform, int precision)
    {
        var result = planes.Select(p => new ushort[p.Length]).ToArray();
        Span<int> pixel = stackalloc int[3];
        for (var i = 0; i < planes[0].Length; i++)
        {
            (pixel[0], pixel[1], pixel[2]) = (planes[0][i], planes[1][i], planes[2][i]);
            JpegLsInverseColorTransform.Invert((JpegLsColorTransform)transform, pixel, precision);
            (result[0][i], result[1][i], result[2][i]) = ((ushort)pixel[0], (ushort)pixel[1], (ushort)pixel[2]);
        }

        return result;
    }
}
