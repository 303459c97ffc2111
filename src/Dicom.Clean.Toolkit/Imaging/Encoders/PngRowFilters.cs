using System.Numerics;

namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>The five PNG row filters; Sub and Up are vectorised.</summary>
internal static class PngRowFilters
{
    public static void Apply(PngFilter filter, ReadOnlySpan<byte> row, ReadOnlySpan<byte> prior, int bpp, Span<byte> output)
    {
        switch (filter)
        {
            case PngFilter.Sub:
                row[..bpp].CopyTo(output);
                Subtract(row[bpp..], row, output[bpp..]);
                break;
            case PngFilter.Up:
                Subtract(row, prior, output);
                break;
            case PngFilter.Average:
                for (var i = 0; i < row.Length; i++)
                {
                    var left = i >= bpp ? row[i - bpp] : 0;
                    output[i] = (byte)(row[i] - ((left + prior[i]) >> 1));
                }

                break;
            case PngFilter.Paeth:
                for (var i = 0; i < row.Length; i++)
                {
                    int a = i >= bpp ? row[i - bpp] : 0, b = prior[i], c = i >= bpp ? prior[i - bpp] : 0;
                    output[i] = (byte)(row[i] - Paeth(a, b, c));
                }

                break;
            default:
                row.CopyTo(output);
                break;
        }
    }

    /// <summary>Filters the row all five ways and returns the line (filter byte first) with the smallest sum of absolute values.</summary>
    public static Span<byte> ChooseAdaptive(ReadOnlySpan<byte> row, ReadOnlySpan<byte> prior, int bpp, Span<byte> scratch)
    {
        var lineLength = row.Length + 1;
        var best = 0;
        var bestScore = long.MaxValue;
        for (var f = 0; f < 5; f++)
        {
            var line = scratch.Slice(f * lineLength, lineLength);
            line[0] = (byte)f;
            Apply((PngFilter)f, row, prior, bpp, line[1..]);
            long score = 0;
            foreach (var b in line[1..])
            {
                int value = (sbyte)b;
                score += value < 0 ? -value : value;
            }

            if (score < bestScore)
            {
                bestScore = score;
                best = f;
            }
        }

        return scratch.Slice(best * lineLength, lineLength);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    /// <summary>output[i] = left[i] - right[i] (mod 256).</summary>
    private static void Subtract(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> output)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var count = Vector<byte>.Count;
            for (; i + count <= left.Length; i += count)
            {
                var difference = new Vector<byte>(left[i..]) - new Vector<byte>(right[i..]);
                difference.CopyTo(output[i..]);
            }
        }

        for (; i < left.Length; i++)
        {
            output[i] = (byte)(left[i] - right[i]);
        }

    }
}
