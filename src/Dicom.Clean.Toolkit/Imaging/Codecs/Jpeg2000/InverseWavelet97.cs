using System.Buffers;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Inverse 9/7 irreversible wavelet (T.800 F.3, Equation F-6) in single precision, in place on
/// a tile-component laid out by sub-band. Scaling and lifting follow OpenJPEG 2.5 operation for
/// operation (lows times K, highs times 2/K, then the four lifting steps), so lossy output
/// matches its samples.
/// </summary>
internal static class InverseWavelet97
{
    private const float Alpha = -1.586134342f;
    private const float Beta = -0.052980118f;
    private const float Gamma = 0.882911075f;
    private const float Delta = 0.443506852f;
    private const float K = 1.230174105f;
    private const float TwoInverseK = 1.625732422f;
    private const int StripWidth = 64;

    /// <summary>Reconstructs resolutions 1 and up of the tile-component at <paramref name="origin"/>.</summary>
    public static void Transform(Span<float> data, int origin, int stride, Resolution[] resolutions)
    {
        var maxWidth = resolutions.Max(r => r.Width);
        var maxHeight = resolutions.Max(r => r.Height);
        var scratch = ArrayPool<float>.Shared.Rent(Math.Max(maxWidth, maxHeight * StripWidth) + 1);
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
                    Lift(data.Slice(origin + (y * stride), res.Width), 1, 1, lower.Width, res.X0 & 1, scratch);
                }

                for (var x = 0; x < res.Width; x += StripWidth)
                {
                    var width = Math.Min(StripWidth, res.Width - x);
                    Lift(data[(origin + x)..], stride, width, lower.Height, res.Y0 & 1, scratch, res.Height);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// Lifts <paramref name="width"/> parallel signals of <paramref name="length"/> samples; sample i
    /// of signal x lies at <c>i * pitch + x</c>. Rows call it with width 1, columns with a strip.
    /// </summary>
    private static void Lift(Span<float> data, int pitch, int width, int lowCount, int parity, float[] scratch, int length = -1)
    {
        var n = length < 0 ? data.Length : length;
        var highCount = n - lowCount;

        // OpenJPEG leaves a lone sample untouched (neither scaled nor halved).
        if ((parity == 0 && highCount == 0 && lowCount <= 1) || (parity == 1 && lowCount == 0 && highCount <= 1))
        {
            return;
        }

        var low = scratch.AsSpan(0, lowCount * width);
        var high = scratch.AsSpan(lowCount * width, highCount * width);
        for (var i = 0; i < lowCount; i++)
        {
            for (var x = 0; x < width; x++)
            {
                low[(i * width) + x] = data[(i * pitch) + x] * K;
            }
        }

        for (var i = 0; i < highCount; i++)
        {
            for (var x = 0; x < width; x++)
            {
                high[(i * width) + x] = data[((lowCount + i) * pitch) + x] * TwoInverseK;
            }
        }

        Step(low, high, width, lowCount, highCount, parity == 0, -Delta);
        Step(high, low, width, highCount, lowCount, parity != 0, -Gamma);
        Step(low, high, width, lowCount, highCount, parity == 0, -Beta);
        Step(high, low, width, highCount, lowCount, parity != 0, -Alpha);

        var even = parity;
        for (var i = 0; i < lowCount; i++)
        {
            low.Slice(i * width, width).CopyTo(data.Slice(((2 * i) + even) * pitch, width));
        }

        for (var i = 0; i < highCount; i++)
        {
            high.Slice(i * width, width).CopyTo(data.Slice(((2 * i) + 1 - even) * pitch, width));
        }
    }

    /// <summary>
    /// target[i] += (other[left] + other[right]) * c, where the neighbours of target i are
    /// other i-1 and i (<paramref name="leftFirst"/>) or i and i+1, mirrored at the edges.
    /// </summary>
    private static void Step(Span<float> target, Span<float> other, int width, int count, int otherCount, bool leftFirst, float c)
    {
        for (var i = 0; i < count; i++)
        {
            var left = leftFirst ? Math.Max(i - 1, 0) : Math.Min(i, otherCount - 1);
            var right = leftFirst ? Math.Min(i, otherCount - 1) : Math.Min(i + 1, otherCount - 1);
            var t = target.Slice(i * width, width);
            var a = other.Slice(left * width, width);
            var b = other.Slice(right * width, width);
            for (var x = 0; x < width; x++)
            {
                t[x] += (a[x] + b[x]) * c;
            }
        }
    }
}
