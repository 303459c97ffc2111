using System.Numerics;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>Smallest and largest stored value of a decoded frame, after masking and sign extension.</summary>
internal static class StoredValueStatistics
{
    public static (long Min, long Max) MinMax(ReadOnlySpan<byte> frame, in StoredValueFormat format, int samples)
    {
        switch (format.BytesPerSample)
        {
            case 1:
                return MinMax8(frame[..samples], format);
            case 2:
                return MinMax16(MemoryMarshal.Cast<byte, ushort>(frame)[..samples], format);
            default:
                return MinMax32(MemoryMarshal.Cast<byte, uint>(frame)[..samples], format);
        }
    }

    public static (double Min, double Max) MinMax(ReadOnlySpan<float> samples) => MinMaxFloat(samples);

    public static (double Min, double Max) MinMax(ReadOnlySpan<double> samples) => MinMaxFloat(samples);

    private static (long, long) MinMax8(ReadOnlySpan<byte> samples, in StoredValueFormat format)
    {
        // At most 256 distinct raw values: mark them, then extract each once.
        Span<bool> seen = stackalloc bool[256];
        foreach (var b in samples)
        {
            seen[b] = true;
        }

        long min = long.MaxValue, max = long.MinValue;
        for (var raw = 0; raw < 256; raw++)
        {
            if (seen[raw])
            {
                var v = format.Extract((uint)raw);
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        return min > max ? (0, 0) : (min, max);
    }

    private static (long, long) MinMax16(ReadOnlySpan<ushort> samples, in StoredValueFormat format)
    {
        var i = 0;
        long min = long.MaxValue, max = long.MinValue;
        if (Vector.IsHardwareAccelerated && samples.Length >= Vector<ushort>.Count * 2)
        {
            (min, max) = format.IsSigned ? MinMax16SignedVector(samples, format, out i) : MinMax16UnsignedVector(samples, format, out i);
        }

        for (; i < samples.Length; i++)
        {
            var v = format.Extract(samples[i]);
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return min > max ? (0, 0) : (min, max);
    }

    private static (long, long) MinMax16UnsignedVector(ReadOnlySpan<ushort> samples, in StoredValueFormat format, out int consumed)
    {
        var shift = format.HighBitShift;
        var mask = new Vector<ushort>((ushort)((1 << format.BitsStored) - 1));
        var vectors = MemoryMarshal.Cast<ushort, Vector<ushort>>(samples);
        var vmin = new Vector<ushort>(ushort.MaxValue);
        var vmax = Vector<ushort>.Zero;
        foreach (var raw in vectors)
        {
            var v = Vector.BitwiseAnd(Vector.ShiftRightLogical(raw, shift), mask);
            vmin = Vector.Min(vmin, v);
            vmax = Vector.Max(vmax, v);
        }

        consumed = vectors.Length * Vector<ushort>.Count;
        long min = ushort.MaxValue, max = 0;
        for (var lane = 0; lane < Vector<ushort>.Count; lane++)
        {
            min = Math.Min(min, vmin[lane]);
            max = Math.Max(max, vmax[lane]);
        }

        return (min, max);
    }

    private static (long, long) MinMax16SignedVector(ReadOnlySpan<ushort> samples, in StoredValueFormat format, out int consumed)
    {
        // Move the high bit to bit 15, then shift back arithmetically: masks and sign-extends at once.
        var left = 15 - (format.HighBitShift + format.BitsStored - 1);
        var right = 16 - format.BitsStored;
        var vectors = MemoryMarshal.Cast<ushort, Vector<short>>(samples);
        var vmin = new Vector<short>(short.MaxValue);
        var vmax = new Vector<short>(short.MinValue);
        foreach (var raw in vectors)
        {
            var v = Vector.ShiftRightArithmetic(Vector.ShiftLeft(raw, left), right);
            vmin = Vector.Min(vmin, v);
            vmax = Vector.Max(vmax, v);
        }

        consumed = vectors.Length * Vector<short>.Count;
        long min = short.MaxValue, max = short.MinValue;
        for (var lane = 0; lane < Vector<short>.Count; lane++)
        {
            min = Math.Min(min, vmin[lane]);
            max = Math.Max(max, vmax[lane]);
        }

        return (min, max);
    }

    private static (long, long) MinMax32(ReadOnlySpan<uint> samples, in StoredValueFormat format)
    {
        long min = long.MaxValue, max = long.MinValue;
        foreach (var raw in samples)
        {
            var v = format.Extract(raw);
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return min > max ? (0, 0) : (min, max);
    }

    private static (double, double) MinMaxFloat<T>(ReadOnlySpan<T> samples)
        where T : struct, IFloatingPointIeee754<T>
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var s in samples)
        {
            var v = double.CreateTruncating(s);
            if (double.IsFinite(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        return min > max ? (0, 0) : (min, max);
    }
}
