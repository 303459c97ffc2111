using System.Buffers;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Inverse 9/7 irreversible wavelet (T.800 F.3, Equation F-6) in single precision, in place on
/// a tile-component laid out by sub-band, organised like <see cref="InverseWavelet53"/>. Scaling
/// and lifting follow OpenJPEG 2.5 operation for operation (lows times K, highs times 2/K, then
/// the four lifting steps), so lossy output matches its samples.
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
    private const int RowsPerTask = 32;
    private const long ParallelThreshold = 1 << 18;

    /// <summary>
    /// As <see cref="Transform(Span{float}, int, int, Resolution[])"/> on a component plane
    /// (floats stored in an int array), spreading rows and column strips of large levels over up to
    /// <paramref name="threads"/> threads (-1: no limit).
    /// </summary>
    public static void Transform(int[] plane, int origin, int stride, Resolution[] resolutions, int threads)
    {
        if (threads == 1 || resolutions[^1].Width * (long)resolutions[^1].Height < ParallelThreshold)
        {
            Transform(MemoryMarshal.Cast<int, float>(plane.AsSpan()), origin, stride, resolutions);
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var scratchLength = (Math.Max(resolutions.Max(r => r.Width), resolutions.Max(r => r.Height)) + 4) * StripWidth;
        for (var r = 1; r < resolutions.Length; r++)
        {
            var res = resolutions[r];
            var lowWidth = resolutions[r - 1].Width;
            var lowHeight = resolutions[r - 1].Height;
            if (res.Width == 0 || res.Height == 0)
            {
                continue;
            }

            var rowBlocks = (res.Height + RowsPerTask - 1) / RowsPerTask;
            Parallel.For(0, rowBlocks, options, () => ArrayPool<float>.Shared.Rent(scratchLength), (block, _, scratch) =>
            {
                var data = MemoryMarshal.Cast<int, float>(plane.AsSpan());
                var end = Math.Min(res.Height, (block + 1) * RowsPerTask);
                for (var y = block * RowsPerTask; y < end; y++)
                {
                    Lift(data.Slice(origin + (y * stride), res.Width), 1, 1, res.Width, lowWidth, res.X0 & 1, scratch);
                }

                return scratch;
            }, scratch => ArrayPool<float>.Shared.Return(scratch));
            var strips = (res.Width + StripWidth - 1) / StripWidth;
            Parallel.For(0, strips, options, () => ArrayPool<float>.Shared.Rent(scratchLength), (strip, _, scratch) =>
            {
                var x = strip * StripWidth;
                Lift(MemoryMarshal.Cast<int, float>(plane.AsSpan())[(origin + x)..], stride, Math.Min(StripWidth, res.Width - x), res.Height, lowHeight, res.Y0 & 1, scratch);
                return scratch;
            }, scratch => ArrayPool<float>.Shared.Return(scratch));
        }
    }

    /// <summary>Reconstructs resolutions 1 and up of the tile-component at <paramref name="origin"/>.</summary>
    public static void Transform(Span<float> data, int origin, int stride, Resolution[] resolutions)
    {
        var maxWidth = resolutions.Max(r => r.Width);
        var maxHeight = resolutions.Max(r => r.Height);
        var scratch = ArrayPool<float>.Shared.Rent((Math.Max(maxWidth, maxHeight) + 4) * StripWidth);
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
                    Lift(data.Slice(origin + (y * stride), res.Width), 1, 1, res.Width, lower.Width, res.X0 & 1, scratch);
                }

                for (var x = 0; x < res.Width; x += StripWidth)
                {
                    Lift(data[(origin + x)..], stride, Math.Min(StripWidth, res.Width - x), res.Height, lower.Height, res.Y0 & 1, scratch);
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }
    }

    /// <summary>Reconstructs <paramref name="width"/> parallel signals of <paramref name="length"/> samples.</summary>
    private static void Lift(Span<float> data, int pitch, int width, int length, int lowCount, int parity, float[] scratch)
    {
        var highCount = length - lowCount;

        // OpenJPEG leaves a lone sample untouched (neither scaled nor halved).
        if (length == 1)
        {
            return;
        }

        var low = scratch.AsSpan(0, (lowCount + 2) * width);
        var high = scratch.AsSpan((lowCount + 2) * width, (highCount + 2) * width);
        if (pitch == 1)
        {
            LiftingKernels.Scale(low.Slice(1, lowCount), data[..lowCount], K);
            LiftingKernels.Scale(high.Slice(1, highCount), data.Slice(lowCount, highCount), TwoInverseK);
        }
        else
        {
            for (var i = 0; i < lowCount; i++)
            {
                LiftingKernels.Scale(low.Slice((i + 1) * width, width), data.Slice(i * pitch, width), K);
            }

            for (var i = 0; i < highCount; i++)
            {
                LiftingKernels.Scale(high.Slice((i + 1) * width, width), data.Slice((lowCount + i) * pitch, width), TwoInverseK);
            }
        }

        var lowNeighbours = parity == 0 ? (0, 1) : (1, 2);
        var highNeighbours = parity == 0 ? (1, 2) : (0, 1);
        Step(low, lowCount, high, highCount, width, lowNeighbours, -Delta);
        Step(high, highCount, low, lowCount, width, highNeighbours, -Gamma);
        Step(low, lowCount, high, highCount, width, lowNeighbours, -Beta);
        Step(high, highCount, low, lowCount, width, highNeighbours, -Alpha);

        if (pitch == 1)
        {
            LiftingKernels.Interleave(data[..length], low.Slice(1, lowCount), high.Slice(1, highCount), parity);
            return;
        }

        for (var i = 0; i < lowCount; i++)
        {
            low.Slice((i + 1) * width, width).CopyTo(data.Slice(((2 * i) + parity) * pitch, width));
        }

        for (var i = 0; i < highCount; i++)
        {
            high.Slice((i + 1) * width, width).CopyTo(data.Slice(((2 * i) + 1 - parity) * pitch, width));
        }
    }

    // target row i += (other row i+a + other row i+b) * c, with other's mirror rows refreshed first.
    private static void Step(Span<float> target, int count, Span<float> other, int otherCount, int width, (int A, int B) neighbours, float c)
    {
        InverseWavelet53.Mirror(other, otherCount, width);
        LiftingKernels.Lift97(target.Slice(width, count * width), other.Slice(neighbours.A * width, count * width),
            other.Slice(neighbours.B * width, count * width), c);
    }
}
