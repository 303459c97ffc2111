using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Inverse 5/3 reversible wavelet (T.800 F.3, Equation F-5), in place on a tile-component laid out
/// as the sub-bands leave it (low half first in each direction). Each level runs rows first, then
/// columns. Lows and highs are copied into buffers with one mirrored sample (or row) at each end,
/// which turns the symmetric extension into plain offsets, so every lifting step is one
/// vectorised pass; columns go a strip at a time so whole rows of the strip move together.
/// </summary>
internal static class InverseWavelet53
{
    private const int StripWidth = 64;
    private const int RowsPerTask = 32;
    private const long ParallelThreshold = 1 << 18;

    /// <summary>
    /// As <see cref="Transform(Span{int}, int, int, Resolution[])"/> on a component plane
    /// (integers), spreading rows and column strips of large levels over up to
    /// <paramref name="threads"/> threads (-1: no limit).
    /// </summary>
    public static void Transform(int[] plane, int origin, int stride, Resolution[] resolutions, int threads)
    {
        if (threads == 1 || resolutions[^1].Width * (long)resolutions[^1].Height < ParallelThreshold)
        {
            Transform(plane.AsSpan(), origin, stride, resolutions);
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
            Parallel.For(0, rowBlocks, options, () => ArrayPool<int>.Shared.Rent(scratchLength), (block, _, scratch) =>
            {
                var data = plane.AsSpan();
                var end = Math.Min(res.Height, (block + 1) * RowsPerTask);
                for (var y = block * RowsPerTask; y < end; y++)
                {
                    Row(data.Slice(origin + (y * stride), res.Width), lowWidth, res.X0 & 1, scratch);
                }

                return scratch;
            }, scratch => ArrayPool<int>.Shared.Return(scratch));
            var strips = (res.Width + StripWidth - 1) / StripWidth;
            Parallel.For(0, strips, options, () => ArrayPool<int>.Shared.Rent(scratchLength), (strip, _, scratch) =>
            {
                var x = strip * StripWidth;
                Lift(plane.AsSpan()[(origin + x)..], stride, Math.Min(StripWidth, res.Width - x), res.Height, lowHeight, res.Y0 & 1, scratch);
                return scratch;
            }, scratch => ArrayPool<int>.Shared.Return(scratch));
        }
    }

    /// <summary>
    /// Reconstructs resolutions 1 to <c>resolutions.Length - 1</c> of the tile-component whose
    /// top-left sample is <paramref name="origin"/> in <paramref name="data"/> (row pitch <paramref name="stride"/>).
    /// </summary>
    public static void Transform(Span<int> data, int origin, int stride, Resolution[] resolutions)
    {
        var maxWidth = resolutions.Max(r => r.Width);
        var maxHeight = resolutions.Max(r => r.Height);
        var scratch = ArrayPool<int>.Shared.Rent((Math.Max(maxWidth, maxHeight) + 4) * StripWidth);
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
                    Lift(data[(origin + x)..], stride, Math.Min(StripWidth, res.Width - x), res.Height, lower.Height, res.Y0 & 1, scratch);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// One row: predict, update and interleave fused into a single pass over a scratch copy of the
    /// output (the row holds lows then highs, so results cannot go straight back into it).
    /// </summary>
    private static void Row(Span<int> row, int lowCount, int parity, int[] scratch)
    {
        var n = row.Length;
        if (n < 2)
        {
            Lift(row, 1, 1, n, lowCount, parity, scratch);
            return;
        }

        var highCount = n - lowCount;
        ref var low = ref MemoryMarshal.GetReference(row);
        ref var high = ref Unsafe.Add(ref low, lowCount);
        ref var output = ref MemoryMarshal.GetArrayDataReference(scratch);
        if (scratch.Length < n)
        {
            throw new ArgumentException("Scratch too small.", nameof(scratch));
        }

        if (parity == 0)
        {
            // Even samples (lows) first; odd sample i needs lows i and i+1.
            var previous = Unsafe.Add(ref low, 0) - ((Unsafe.Add(ref high, 0) + Unsafe.Add(ref high, 0) + 2) >> 2);
            Unsafe.Add(ref output, 0) = previous;
            for (var i = 1; i < lowCount; i++)
            {
                var h0 = Unsafe.Add(ref high, i - 1);
                var h1 = Unsafe.Add(ref high, Math.Min(i, highCount - 1));
                var current = Unsafe.Add(ref low, i) - ((h0 + h1 + 2) >> 2);
                Unsafe.Add(ref output, (2 * i) - 1) = h0 + ((previous + current) >> 1);
                Unsafe.Add(ref output, 2 * i) = current;
                previous = current;
            }

            if (highCount == lowCount)
            {
                Unsafe.Add(ref output, n - 1) = Unsafe.Add(ref high, highCount - 1) + previous;
            }
        }
        else
        {
            // Odd samples (lows) sit between highs; high i needs lows i-1 and i.
            var previous = Unsafe.Add(ref low, 0) - ((Unsafe.Add(ref high, 0) + Unsafe.Add(ref high, Math.Min(1, highCount - 1)) + 2) >> 2);
            Unsafe.Add(ref output, 0) = Unsafe.Add(ref high, 0) + previous;
            Unsafe.Add(ref output, 1) = previous;
            for (var i = 1; i < lowCount; i++)
            {
                var h1 = Unsafe.Add(ref high, Math.Min(i + 1, highCount - 1));
                var current = Unsafe.Add(ref low, i) - ((Unsafe.Add(ref high, i) + h1 + 2) >> 2);
                Unsafe.Add(ref output, 2 * i) = Unsafe.Add(ref high, i) + ((previous + current) >> 1);
                Unsafe.Add(ref output, (2 * i) + 1) = current;
                previous = current;
            }

            if (highCount > lowCount)
            {
                Unsafe.Add(ref output, n - 1) = Unsafe.Add(ref high, highCount - 1) + previous;
            }
        }

        scratch.AsSpan(0, n).CopyTo(row);
    }

    /// <summary>
    /// Reconstructs <paramref name="width"/> parallel signals of <paramref name="length"/> samples
    /// (sample i of signal x at <c>i * pitch + x</c>): one row with width 1, or a column strip.
    /// </summary>
    private static void Lift(Span<int> data, int pitch, int width, int length, int lowCount, int parity, int[] scratch)
    {
        var highCount = length - lowCount;
        if (length == 1)
        {
            if (parity == 1)
            {
                // A lone odd sample was doubled by the forward transform.
                for (var x = 0; x < width; x++)
                {
                    data[x] /= 2;
                }
            }

            return;
        }

        // low rows 0..lowCount+1 and high rows 0..highCount+1, real ones from 1.
        var low = scratch.AsSpan(0, (lowCount + 2) * width);
        var high = scratch.AsSpan((lowCount + 2) * width, (highCount + 2) * width);
        for (var i = 0; i < lowCount; i++)
        {
            data.Slice(i * pitch, width).CopyTo(low.Slice((i + 1) * width, width));
        }

        for (var i = 0; i < highCount; i++)
        {
            data.Slice((lowCount + i) * pitch, width).CopyTo(high.Slice((i + 1) * width, width));
        }

        Mirror(high, highCount, width);
        // Row i of one buffer meets rows i+a and i+b of the other: each step is one pass over whole blocks.
        var (a, b) = parity == 0 ? (0, 1) : (1, 2);
        LiftingKernels.Predict53(low.Slice(width, lowCount * width), high.Slice(a * width, lowCount * width), high.Slice(b * width, lowCount * width));
        Mirror(low, lowCount, width);
        var (c, d) = parity == 0 ? (1, 2) : (0, 1);
        LiftingKernels.Update53(high.Slice(width, highCount * width), low.Slice(c * width, highCount * width), low.Slice(d * width, highCount * width));

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

    /// <summary>Fills the padding rows of a buffer of <paramref name="count"/> real rows with their mirror images.</summary>
    internal static void Mirror<T>(Span<T> buffer, int count, int width)
    {
        buffer.Slice(width, width).CopyTo(buffer[..width]);
        buffer.Slice(count * width, width).CopyTo(buffer.Slice((count + 1) * width, width));
    }
}
