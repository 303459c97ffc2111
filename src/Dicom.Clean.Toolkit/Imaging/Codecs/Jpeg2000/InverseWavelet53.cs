using System.Buffers;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Inverse 5/3 reversible wavelet (T.800 F.3, Equation F-5), in place on a tile-component laid out
/// as the sub-bands leave it (low half first in each direction). Each level runs rows first, then
/// columns; columns are lifted a strip at a time so whole rows of the strip move together.
/// </summary>
internal static class InverseWavelet53
{
    private const int StripWidth = 64;

    /// <summary>
    /// Reconstructs resolutions 1 to <c>resolutions.Length - 1</c> of the tile-component whose
    /// top-left sample is <paramref name="origin"/> in <paramref name="data"/> (row pitch <paramref name="stride"/>).
    /// </summary>
    public static void Transform(Span<int> data, int origin, int stride, Resolution[] resolutions)
    {
        var maxWidth = resolutions.Max(r => r.Width);
        var maxHeight = resolutions.Max(r => r.Height);
        var scratch = ArrayPool<int>.Shared.Rent(Math.Max(maxWidth, maxHeight * StripWidth) + 1);
        try
        {
            for (var r = 1; r < resolutions.Length; r++)
            {
                var res = resolutions[r];
                var lower = resolutions[r - 1];
                if (res.Width == 0 || res.Height == 0)
                {
                    continue;
                }

                for (var y = 0; y < res.Height; y++)
                {
                    Row(data.Slice(origin + (y * stride), res.Width), lower.Width, res.X0 & 1, scratch);
                }

                for (var x = 0; x < res.Width; x += StripWidth)
                {
                    Columns(data, origin + x, stride, Math.Min(StripWidth, res.Width - x), res.Height, lower.Height, res.Y0 & 1, scratch);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scratch);
        }
    }

    /// <summary>One row: <paramref name="row"/> holds lows then highs; on return it holds samples.</summary>
    internal static void Row(Span<int> row, int lowCount, int parity, int[] scratch)
    {
        var n = row.Length;
        var highCount = n - lowCount;
        if (n == 1)
        {
            if (parity == 1)
            {
                row[0] /= 2;
            }

            return;
        }

        var copy = scratch.AsSpan(0, n);
        row.CopyTo(copy);
        var low = copy[..lowCount];
        var high = copy[lowCount..];
        var even = parity;
        var odd = 1 - parity;

        // Lows first (they only need the highs), then highs from the updated lows.
        for (var i = 0; i < lowCount; i++)
        {
            var left = parity == 0 ? Math.Max(i - 1, 0) : i;
            var right = parity == 0 ? Math.Min(i, highCount - 1) : Math.Min(i + 1, highCount - 1);
            row[(2 * i) + even] = low[i] - ((high[left] + high[right] + 2) >> 2);
        }

        for (var i = 0; i < highCount; i++)
        {
            var left = parity == 0 ? i : Math.Max(i - 1, 0);
            var right = parity == 0 ? Math.Min(i + 1, lowCount - 1) : Math.Min(i, lowCount - 1);
            row[(2 * i) + odd] = high[i] + ((row[(2 * left) + even] + row[(2 * right) + even]) >> 1);
        }
    }

    /// <summary>Columns [x, x + width) of a region <paramref name="height"/> rows high.</summary>
    private static void Columns(Span<int> data, int origin, int stride, int width, int height, int lowCount, int parity, int[] scratch)
    {
        if (height == 1)
        {
            if (parity == 1)
            {
                var single = data.Slice(origin, width);
                for (var i = 0; i < width; i++)
                {
                    single[i] /= 2;
                }
            }

            return;
        }

        var highCount = height - lowCount;
        var copy = scratch.AsSpan(0, height * width);
        for (var y = 0; y < height; y++)
        {
            data.Slice(origin + (y * stride), width).CopyTo(copy.Slice(y * width, width));
        }

        var even = parity;
        var odd = 1 - parity;
        for (var i = 0; i < lowCount; i++)
        {
            var left = parity == 0 ? Math.Max(i - 1, 0) : i;
            var right = parity == 0 ? Math.Min(i, highCount - 1) : Math.Min(i + 1, highCount - 1);
            var l = copy.Slice(i * width, width);
            var h0 = copy.Slice((lowCount + left) * width, width);
            var h1 = copy.Slice((lowCount + right) * width, width);
            var target = data.Slice(origin + (((2 * i) + even) * stride), width);
            for (var x = 0; x < width; x++)
            {
                target[x] = l[x] - ((h0[x] + h1[x] + 2) >> 2);
            }
        }

        for (var i = 0; i < highCount; i++)
        {
            var left = parity == 0 ? i : Math.Max(i - 1, 0);
            var right = parity == 0 ? Math.Min(i + 1, lowCount - 1) : Math.Min(i, lowCount - 1);
            var h = copy.Slice((lowCount + i) * width, width);
            var e0 = data.Slice(origin + (((2 * left) + even) * stride), width);
            var e1 = data.Slice(origin + (((2 * right) + even) * stride), width);
            var target = data.Slice(origin + (((2 * i) + odd) * stride), width);
            for (var x = 0; x < width; x++)
            {
                target[x] = h[x] + ((e0[x] + e1[x]) >> 1);
            }
        }
    }
}
