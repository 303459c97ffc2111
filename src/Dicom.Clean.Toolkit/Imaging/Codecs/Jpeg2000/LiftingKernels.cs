using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The element-wise lifting steps of the inverse wavelets, vectorised with
/// <see cref="Vector{T}"/>. The same kernels serve rows (one sample per element) and column
/// strips (one row of the strip per call). Floating-point steps multiply and add separately, in
/// OpenJPEG's order, so the results are bit-identical to its scalar code.
/// </summary>
internal static class LiftingKernels
{
    /// <summary>target[i] -= (a[i] + b[i] + 2) &gt;&gt; 2 (5/3 predict of the even samples).</summary>
    public static void Predict53(Span<int> target, ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var n = target.Length;
        ref var t = ref MemoryMarshal.GetReference(target);
        ref var ra = ref MemoryMarshal.GetReference(a[..n]);
        ref var rb = ref MemoryMarshal.GetReference(b[..n]);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var two = new Vector<int>(2);
            for (; i <= n - Vector<int>.Count; i += Vector<int>.Count)
            {
                var sum = Vector.LoadUnsafe(ref ra, (nuint)i) + Vector.LoadUnsafe(ref rb, (nuint)i) + two;
                (Vector.LoadUnsafe(ref t, (nuint)i) - Vector.ShiftRightArithmetic(sum, 2)).StoreUnsafe(ref t, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref t, i) -= (Unsafe.Add(ref ra, i) + Unsafe.Add(ref rb, i) + 2) >> 2;
        }
    }

    /// <summary>target[i] += (a[i] + b[i]) &gt;&gt; 1 (5/3 update of the odd samples).</summary>
    public static void Update53(Span<int> target, ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var n = target.Length;
        ref var t = ref MemoryMarshal.GetReference(target);
        ref var ra = ref MemoryMarshal.GetReference(a[..n]);
        ref var rb = ref MemoryMarshal.GetReference(b[..n]);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= n - Vector<int>.Count; i += Vector<int>.Count)
            {
                var sum = Vector.LoadUnsafe(ref ra, (nuint)i) + Vector.LoadUnsafe(ref rb, (nuint)i);
                (Vector.LoadUnsafe(ref t, (nuint)i) + Vector.ShiftRightArithmetic(sum, 1)).StoreUnsafe(ref t, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref t, i) += (Unsafe.Add(ref ra, i) + Unsafe.Add(ref rb, i)) >> 1;
        }
    }

    /// <summary>target[i] += (a[i] + b[i]) * c (one 9/7 lifting step).</summary>
    public static void Lift97(Span<float> target, ReadOnlySpan<float> a, ReadOnlySpan<float> b, float c)
    {
        var n = target.Length;
        ref var t = ref MemoryMarshal.GetReference(target);
        ref var ra = ref MemoryMarshal.GetReference(a[..n]);
        ref var rb = ref MemoryMarshal.GetReference(b[..n]);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vc = new Vector<float>(c);
            for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
            {
                var sum = Vector.LoadUnsafe(ref ra, (nuint)i) + Vector.LoadUnsafe(ref rb, (nuint)i);
                (Vector.LoadUnsafe(ref t, (nuint)i) + (sum * vc)).StoreUnsafe(ref t, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref t, i) += (Unsafe.Add(ref ra, i) + Unsafe.Add(ref rb, i)) * c;
        }
    }

    /// <summary>target[i] = source[i] * k.</summary>
    public static void Scale(Span<float> target, ReadOnlySpan<float> source, float k)
    {
        var n = target.Length;
        ref var t = ref MemoryMarshal.GetReference(target);
        ref var s = ref MemoryMarshal.GetReference(source[..n]);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vk = new Vector<float>(k);
            for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
            {
                (Vector.LoadUnsafe(ref s, (nuint)i) * vk).StoreUnsafe(ref t, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref t, i) = Unsafe.Add(ref s, i) * k;
        }
    }

    /// <summary>Writes <paramref name="even"/> and <paramref name="odd"/> alternately into <paramref name="target"/>, starting with even at <paramref name="parity"/> 0.</summary>
    public static void Interleave<T>(Span<T> target, ReadOnlySpan<T> even, ReadOnlySpan<T> odd, int parity)
    {
        var first = parity == 0 ? even : odd;
        var second = parity == 0 ? odd : even;
        ref var t = ref MemoryMarshal.GetReference(target);
        ref var f = ref MemoryMarshal.GetReference(first);
        ref var s = ref MemoryMarshal.GetReference(second);
        var pairs = Math.Min(first.Length, second.Length);
        if (target.Length < first.Length + second.Length || first.Length < second.Length || first.Length > second.Length + 1)
        {
            throw new ArgumentException("Inconsistent interleave lengths.", nameof(target));
        }

        for (var i = 0; i < pairs; i++)
        {
            Unsafe.Add(ref t, 2 * i) = Unsafe.Add(ref f, i);
            Unsafe.Add(ref t, (2 * i) + 1) = Unsafe.Add(ref s, i);
        }

        if (first.Length > pairs)
        {
            Unsafe.Add(ref t, 2 * pairs) = Unsafe.Add(ref f, pairs);
        }
    }
}
