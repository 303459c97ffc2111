using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// The ISLOW inverse DCT of <see cref="JpegIdct"/> with AVX2: pass 1 transforms the eight columns
/// at once (one vector per row), the workspace is transposed, pass 2 transforms the eight rows at
/// once, and the result is transposed back. The arithmetic is libjpeg's fixed point in 32-bit
/// lanes where DCMTK's build uses 64-bit integers: the vector path is taken only when no result can
/// exceed 32 bits, so its samples always equal the scalar code's.
/// </summary>
internal static class JpegIdctAvx2
{
    private const int ConstBits = 13;

    // Each output of one 1-D pass is a sum of the eight inputs with weights whose absolute values
    // add up to at most 61214 * 2^0 (even part 31521, odd part 29693, after expanding z1..z5).
    // Intermediate wrap-around cancels in two's complement, so only the final sum must fit:
    // 61214 * 35000 plus rounding stays below 2^31.
    private const int MaxSafeInput = 35000;

    /// <summary>Transforms the block, or returns false (writing nothing) when it might overflow.</summary>
    public static bool TryTransform(ReadOnlySpan<short> coefficients, ReadOnlySpan<int> quant, int precision, Span<ushort> output, int stride)
    {
        var pass1Bits = precision == 8 ? 2 : 1;
        var r0 = Row(coefficients, quant, 0);
        var r1 = Row(coefficients, quant, 1);
        var r2 = Row(coefficients, quant, 2);
        var r3 = Row(coefficients, quant, 3);
        var r4 = Row(coefficients, quant, 4);
        var r5 = Row(coefficients, quant, 5);
        var r6 = Row(coefficients, quant, 6);
        var r7 = Row(coefficients, quant, 7);
        if (!IsSafe(r0, r1, r2, r3, r4, r5, r6, r7))
        {
            return false;
        }

        var shift1 = ConstBits - pass1Bits;
        var round1 = Vector256.Create(1 << (shift1 - 1));
        Butterfly(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7, round1, shift1);
        Transpose(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7);
        if (!IsSafe(r0, r1, r2, r3, r4, r5, r6, r7))
        {
            return false;
        }

        var shift2 = ConstBits + pass1Bits + 3;
        var round2 = Vector256.Create(1 << (shift2 - 1));
        Butterfly(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7, round2, shift2);
        Transpose(ref r0, ref r1, ref r2, ref r3, ref r4, ref r5, ref r6, ref r7);

        // libjpeg's range limit: wrap modulo 4 * 2^P as a signed value, level-shift, clamp.
        var sampleCount = 1 << precision;
        var half = Vector256.Create(2 * sampleCount);
        var mask = Vector256.Create((4 * sampleCount) - 1);
        var center = Vector256.Create(sampleCount >> 1);
        var max = Vector256.Create(sampleCount - 1);
        Store(r0, output, 0, half, mask, center, max);
        Store(r1, output, stride, half, mask, center, max);
        Store(r2, output, 2 * stride, half, mask, center, max);
        Store(r3, output, 3 * stride, half, mask, center, max);
        Store(r4, output, 4 * stride, half, mask, center, max);
        Store(r5, output, 5 * stride, half, mask, center, max);
        Store(r6, output, 6 * stride, half, mask, center, max);
        Store(r7, output, 7 * stride, half, mask, center, max);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSafe(
        Vector256<int> r0, Vector256<int> r1, Vector256<int> r2, Vector256<int> r3,
        Vector256<int> r4, Vector256<int> r5, Vector256<int> r6, Vector256<int> r7)
    {
        var largest = Vector256.Max(
            Vector256.Max(Vector256.Max(Vector256.Abs(r0), Vector256.Abs(r1)), Vector256.Max(Vector256.Abs(r2), Vector256.Abs(r3))),
            Vector256.Max(Vector256.Max(Vector256.Abs(r4), Vector256.Abs(r5)), Vector256.Max(Vector256.Abs(r6), Vector256.Abs(r7))));
        return !Vector256.GreaterThanAny(largest, Vector256.Create(MaxSafeInput));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Row(ReadOnlySpan<short> coefficients, ReadOnlySpan<int> quant, int row)
    {
        var c = Avx2.ConvertToVector256Int32(Vector128.Create(coefficients.Slice(row * 8, 8)));
        return c * Vector256.Create(quant.Slice(row * 8, 8));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<int> value, Span<ushort> output, int offset, Vector256<int> half, Vector256<int> mask, Vector256<int> center, Vector256<int> max)
    {
        var wrapped = ((value + half) & mask) - half + center;
        var limited = Vector256.Min(Vector256.Max(wrapped, Vector256<int>.Zero), max);
        Vector128.Narrow(limited.GetLower(), limited.GetUpper()).AsUInt16().CopyTo(output.Slice(offset, 8));
    }

    // One 1-D IDCT on eight lanes, descaled by 'shift' with rounding; inputs and outputs in place.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Butterfly(
        ref Vector256<int> v0, ref Vector256<int> v1, ref Vector256<int> v2, ref Vector256<int> v3,
        ref Vector256<int> v4, ref Vector256<int> v5, ref Vector256<int> v6, ref Vector256<int> v7,
        Vector256<int> round, int shift)
    {
        var z1 = (v2 + v6) * Vector256.Create(4433);
        var tmp2 = z1 + (v6 * Vector256.Create(-15137));
        var tmp3 = z1 + (v2 * Vector256.Create(6270));
        var tmp0 = Vector256.ShiftLeft(v0 + v4, ConstBits);
        var tmp1 = Vector256.ShiftLeft(v0 - v4, ConstBits);
        var tmp10 = tmp0 + tmp3;
        var tmp13 = tmp0 - tmp3;
        var tmp11 = tmp1 + tmp2;
        var tmp12 = tmp1 - tmp2;

        z1 = v7 + v1;
        var z2 = v5 + v3;
        var z3 = v7 + v3;
        var z4 = v5 + v1;
        var z5 = (z3 + z4) * Vector256.Create(9633);
        tmp0 = v7 * Vector256.Create(2446);
        tmp1 = v5 * Vector256.Create(16819);
        tmp2 = v3 * Vector256.Create(25172);
        tmp3 = v1 * Vector256.Create(12299);
        z1 *= Vector256.Create(-7373);
        z2 *= Vector256.Create(-20995);
        z3 = (z3 * Vector256.Create(-16069)) + z5;
        z4 = (z4 * Vector256.Create(-3196)) + z5;
        tmp0 += z1 + z3;
        tmp1 += z2 + z4;
        tmp2 += z2 + z3;
        tmp3 += z1 + z4;

        v0 = Vector256.ShiftRightArithmetic(tmp10 + tmp3 + round, shift);
        v7 = Vector256.ShiftRightArithmetic(tmp10 - tmp3 + round, shift);
        v1 = Vector256.ShiftRightArithmetic(tmp11 + tmp2 + round, shift);
        v6 = Vector256.ShiftRightArithmetic(tmp11 - tmp2 + round, shift);
        v2 = Vector256.ShiftRightArithmetic(tmp12 + tmp1 + round, shift);
        v5 = Vector256.ShiftRightArithmetic(tmp12 - tmp1 + round, shift);
        v3 = Vector256.ShiftRightArithmetic(tmp13 + tmp0 + round, shift);
        v4 = Vector256.ShiftRightArithmetic(tmp13 - tmp0 + round, shift);
    }

    // 8x8 transpose of 32-bit lanes: interleave pairs, then quadruples, then 128-bit halves.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose(
        ref Vector256<int> r0, ref Vector256<int> r1, ref Vector256<int> r2, ref Vector256<int> r3,
        ref Vector256<int> r4, ref Vector256<int> r5, ref Vector256<int> r6, ref Vector256<int> r7)
    {
        var t0 = Avx2.UnpackLow(r0, r1);
        var t1 = Avx2.UnpackHigh(r0, r1);
        var t2 = Avx2.UnpackLow(r2, r3);
        var t3 = Avx2.UnpackHigh(r2, r3);
        var t4 = Avx2.UnpackLow(r4, r5);
        var t5 = Avx2.UnpackHigh(r4, r5);
        var t6 = Avx2.UnpackLow(r6, r7);
        var t7 = Avx2.UnpackHigh(r6, r7);
        var u0 = Avx2.UnpackLow(t0.AsInt64(), t2.AsInt64()).AsInt32();
        var u1 = Avx2.UnpackHigh(t0.AsInt64(), t2.AsInt64()).AsInt32();
        var u2 = Avx2.UnpackLow(t1.AsInt64(), t3.AsInt64()).AsInt32();
        var u3 = Avx2.UnpackHigh(t1.AsInt64(), t3.AsInt64()).AsInt32();
        var u4 = Avx2.UnpackLow(t4.AsInt64(), t6.AsInt64()).AsInt32();
        var u5 = Avx2.UnpackHigh(t4.AsInt64(), t6.AsInt64()).AsInt32();
        var u6 = Avx2.UnpackLow(t5.AsInt64(), t7.AsInt64()).AsInt32();
        var u7 = Avx2.UnpackHigh(t5.AsInt64(), t7.AsInt64()).AsInt32();
        r0 = Avx2.Permute2x128(u0, u4, 0x20);
        r1 = Avx2.Permute2x128(u1, u5, 0x20);
        r2 = Avx2.Permute2x128(u2, u6, 0x20);
        r3 = Avx2.Permute2x128(u3, u7, 0x20);
        r4 = Avx2.Permute2x128(u0, u4, 0x31);
        r5 = Avx2.Permute2x128(u1, u5, 0x31);
        r6 = Avx2.Permute2x128(u2, u6, 0x31);
        r7 = Avx2.Permute2x128(u3, u7, 0x31);
    }
}
