using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>
/// Forward wavelets for round-trip tests, written straight from T.800 Annex F (symmetric
/// extension by index mirroring, one lifting step at a time over the interleaved signal) rather
/// than from the decoder's buffered kernels. The 9/7 works in double precision with the scaling
/// the decoder inverts (lows / K, highs / OpenJPEG's 2/K).
/// </summary>
internal static class ForwardWavelet
{
    private const double Alpha = -1.586134342;
    private const double Beta = -0.052980118;
    private const double Gamma = 0.882911075;
    private const double Delta = 0.443506852;
    private const double K = 1.230174105;

    // OpenJPEG's (and so the decoder's) stand-in for 2/K, 5e-5 away from it.
    private const double TwoInverseK = 1.625732422;

    /// <summary>Resolution rectangles of a tile-component at (<paramref name="x0"/>, <paramref name="y0"/>).</summary>
    public static Resolution[] Resolutions(int x0, int y0, int width, int height, int levels)
    {
        var res = new Resolution[levels + 1];
        for (var r = 0; r <= levels; r++)
        {
            var s = levels - r;
            res[r] = new Resolution
            {
                Level = r, X0 = CeilShift(x0, s), Y0 = CeilShift(y0, s), X1 = CeilShift(x0 + width, s), Y1 = CeilShift(y0 + height, s),
            };
        }

        return res;
    }

    /// <summary>Forward 5/3 of a width x height region (row pitch = width), coarsest level last.</summary>
    public static void Reversible(int[] data, int width, Resolution[] resolutions)
    {
        for (var r = resolutions.Length - 1; r >= 1; r--)
        {
            var res = resolutions[r];
            Apply(data, width, res, (signal, parity) => Forward53(signal, parity));
        }
    }

    /// <summary>Forward 9/7 (double precision), coarsest level last.</summary>
    public static void Irreversible(double[] data, int width, Resolution[] resolutions)
    {
        for (var r = resolutions.Length - 1; r >= 1; r--)
        {
            Apply(data, width, resolutions[r], (signal, parity) => Forward97(signal, parity));
        }
    }

    // Columns first, then rows: the inverse runs rows first.
    private static void Apply<T>(T[] data, int width, Resolution res, Func<T[], int, T[]> transform)
    {
        for (var x = 0; x < res.Width; x++)
        {
            var column = new T[res.Height];
            for (var y = 0; y < res.Height; y++)
            {
                column[y] = data[(y * width) + x];
            }

            var result = transform(column, res.Y0 & 1);
            for (var y = 0; y < res.Height; y++)
            {
                data[(y * width) + x] = result[y];
            }
        }

        for (var y = 0; y < res.Height; y++)
        {
            var row = data.AsSpan(y * width, res.Width).ToArray();
            transform(row, res.X0 & 1).CopyTo(data, y * width);
        }
    }

    private static int[] Forward53(int[] x, int parity)
    {
        var n = x.Length;
        if (n == 1)
        {
            return [parity == 1 ? 2 * x[0] : x[0]];
        }

        var y = (int[])x.Clone();
        for (var j = 0; j < n; j++)
        {
            if (((parity + j) & 1) == 1)
            {
                y[j] = x[j] - (int)Math.Floor((x[Mirror(j - 1, n)] + x[Mirror(j + 1, n)]) / 2.0);
            }
        }

        for (var j = 0; j < n; j++)
        {
            if (((parity + j) & 1) == 0)
            {
                y[j] = x[j] + (int)Math.Floor((y[Mirror(j - 1, n)] + y[Mirror(j + 1, n)] + 2) / 4.0);
            }
        }

        return Deinterleave(y, parity);
    }

    private static double[] Forward97(double[] x, int parity)
    {
        var n = x.Length;
        if (n == 1)
        {
            return [x[0]];
        }

        var y = (double[])x.Clone();
        Step(y, parity, odd: true, -Alpha);
        Step(y, parity, odd: false, -Beta);
        Step(y, parity, odd: true, -Gamma);
        Step(y, parity, odd: false, -Delta);
        for (var j = 0; j < n; j++)
        {
            y[j] /= ((parity + j) & 1) == 0 ? K : TwoInverseK;
        }

        return Deinterleave(y, parity);
    }

    // Undoes one inverse lifting step: samples of one parity lose (left + right) * c.
    private static void Step(double[] y, int parity, bool odd, double c)
    {
        var n = y.Length;
        for (var j = 0; j < n; j++)
        {
            if ((((parity + j) & 1) == 1) == odd)
            {
                y[j] -= (y[Mirror(j - 1, n)] + y[Mirror(j + 1, n)]) * c;
            }
        }
    }

    private static T[] Deinterleave<T>(T[] y, int parity)
    {
        var lows = y.Where((_, j) => ((parity + j) & 1) == 0);
        var highs = y.Where((_, j) => ((parity + j) & 1) == 1);
        return lows.Concat(highs).ToArray();
    }

    private static int Mirror(int j, int n) => j < 0 ? -j : (j >= n ? (2 * (n - 1)) - j : j);

    private static int CeilShift(int a, int s) => -((-a) >> s);
}
