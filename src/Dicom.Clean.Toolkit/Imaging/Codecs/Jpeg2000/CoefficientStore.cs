using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Turns a row of decoded magnitudes (one fraction bit below the last bit-plane) and signs into
/// coefficients: halved integers for the 5/3 path, floats times the step size for the 9/7 path.
/// The sign is all-ones or zero per sample (<c>value ^ sign) - sign</c> negates), which keeps the
/// loops branch-free and vectorised; results equal the scalar formulas exactly.
/// </summary>
internal static class CoefficientStore
{
    /// <summary>Sign masks from the Part 1 decoder's flag words (negative flag at bit 15).</summary>
    public static void Reversible(ReadOnlySpan<int> magnitudes, ReadOnlySpan<int> flags, Span<int> output) =>
        Store(magnitudes, flags, 16, MemoryMarshal.Cast<int, float>(output), output, reversible: true, 0f);

    /// <summary>As <see cref="Reversible"/> for the irreversible path.</summary>
    public static void Irreversible(ReadOnlySpan<int> magnitudes, ReadOnlySpan<int> flags, Span<float> output, float step) =>
        Store(magnitudes, flags, 16, output, MemoryMarshal.Cast<float, int>(output), reversible: false, step);

    /// <summary>Sign-magnitude values (sign in bit 31), as the HT decoder leaves them.</summary>
    public static void SignMagnitude(ReadOnlySpan<int> values, Span<int> output, bool reversible, float step) =>
        Store(values, values, 0, MemoryMarshal.Cast<int, float>(output), output, reversible, step);

    // signShift moves the sign bit of the sign source into bit 31; magnitudes are masked to 31 bits.
    private static void Store(ReadOnlySpan<int> magnitudes, ReadOnlySpan<int> signs, int signShift, Span<float> floats, Span<int> ints,
        bool reversible, float step)
    {
        var n = magnitudes.Length;
        ref var m = ref MemoryMarshal.GetReference(magnitudes);
        ref var s = ref MemoryMarshal.GetReference(signs[..n]);
        ref var fi = ref MemoryMarshal.GetReference(ints[..n]);
        ref var ff = ref MemoryMarshal.GetReference(floats[..n]);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var mask = new Vector<int>(int.MaxValue);
            var vstep = new Vector<float>(step);
            for (; i <= n - Vector<int>.Count; i += Vector<int>.Count)
            {
                var magnitude = Vector.LoadUnsafe(ref m, (nuint)i) & mask;
                var sign = Vector.ShiftRightArithmetic(Vector.ShiftLeft(Vector.LoadUnsafe(ref s, (nuint)i), signShift), 31);
                if (reversible)
                {
                    ((Vector.ShiftRightArithmetic(magnitude, 1) ^ sign) - sign).StoreUnsafe(ref fi, (nuint)i);
                }
                else
                {
                    (Vector.ConvertToSingle((magnitude ^ sign) - sign) * vstep).StoreUnsafe(ref ff, (nuint)i);
                }
            }
        }

        for (; i < n; i++)
        {
            var magnitude = Unsafe.Add(ref m, i) & int.MaxValue;
            var sign = (Unsafe.Add(ref s, i) << signShift) >> 31;
            if (reversible)
            {
                Unsafe.Add(ref fi, i) = ((magnitude >> 1) ^ sign) - sign;
            }
            else
            {
                Unsafe.Add(ref ff, i) = ((magnitude ^ sign) - sign) * step;
            }
        }
    }
}
