using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// Dequantization and the accurate integer inverse DCT: the Loeffler-Ligtenberg-Moschytz
/// factorisation with 13-bit fixed-point constants that IJG libjpeg calls ISLOW (DCTMETHOD
/// JDCT_ISLOW, the default DCMTK uses), so that output matches DCMTK sample for sample. The
/// out-of-range handling reproduces libjpeg's post-IDCT range-limit table, wrap-around included.
/// </summary>
internal static class JpegIdct
{
    private const int ConstBits = 13;

    // Fixed-point constants: round(x * 2^13).
    private const long Fix0298631336 = 2446;
    private const long Fix0390180644 = 3196;
    private const long Fix0541196100 = 4433;
    private const long Fix0765366865 = 6270;
    private const long Fix0899976223 = 7373;
    private const long Fix1175875602 = 9633;
    private const long Fix1501321110 = 12299;
    private const long Fix1847759065 = 15137;
    private const long Fix1961570560 = 16069;
    private const long Fix2053119869 = 16819;
    private const long Fix2562915447 = 20995;
    private const long Fix3072711026 = 25172;

    /// <summary>
    /// Zig-zag index to natural (row-major) index, with 16 extra entries mapping to 63 so that a
    /// corrupt run length cannot index past the block (as libjpeg's jpeg_natural_order does).
    /// </summary>
    public static ReadOnlySpan<byte> NaturalOrder =>
    [
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
        63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63,
    ];

    /// <summary>
    /// Transforms one block of quantized coefficients (natural order) into 8x8 samples written at
    /// <paramref name="output"/> with row stride <paramref name="stride"/>. Uses AVX2 where the
    /// processor has it and the block cannot overflow 32-bit lanes (always, for valid streams).
    /// </summary>
    /// <param name="coefficients">64 quantized coefficients, natural order.</param>
    /// <param name="quant">64 quantization values, natural order.</param>
    /// <param name="precision">Sample precision, 8 or 12.</param>
    /// <param name="output">Destination; at least 7 * stride + 8 samples.</param>
    /// <param name="stride">Distance between output rows, in samples.</param>
    public static void Transform(ReadOnlySpan<short> coefficients, ReadOnlySpan<int> quant, int precision, Span<ushort> output, int stride)
    {
        if (!Avx2.IsSupported || !JpegIdctAvx2.TryTransform(coefficients, quant, precision, output, stride))
        {
            TransformScalar(coefficients, quant, precision, output, stride);
        }
    }

    /// <summary>
    /// A block whose AC coefficients are all zero: every output sample is the same (the value both
    /// libjpeg passes give when only DC is present).
    /// </summary>
    public static void TransformDcOnly(short dc, int quant, int precision, Span<ushort> output, int stride)
    {
        var pass1Bits = precision == 8 ? 2 : 1;
        var sampleCount = 1 << precision;
        var shift = pass1Bits + 3;
        var workspace = dc * quant << pass1Bits;
        var value = Limit((int)(((long)workspace + (1 << (shift - 1))) >> shift), sampleCount >> 1, sampleCount - 1, (sampleCount * 4) - 1);
        for (var row = 0; row < 8; row++)
        {
            output.Slice(row * stride, 8).Fill(value);
        }
    }

    /// <summary>The portable implementation of <see cref="Transform"/>.</summary>
    /// <param name="coefficients">64 quantized coefficients, natural order.</param>
    /// <param name="quant">64 quantization values, natural order.</param>
    /// <param name="precision">Sample precision, 8 or 12.</param>
    /// <param name="output">Destination; at least 7 * stride + 8 samples.</param>
    /// <param name="stride">Distance between output rows, in samples.</param>
    public static void TransformScalar(ReadOnlySpan<short> coefficients, ReadOnlySpan<int> quant, int precision, Span<ushort> output, int stride)
    {
        // libjpeg keeps two more fraction bits between the passes at 8-bit than at 12-bit.
        var pass1Bits = precision == 8 ? 2 : 1;
        var sampleCount = 1 << precision;
        var maxSample = sampleCount - 1;
        var center = sampleCount >> 1;
        var rangeMask = (sampleCount * 4) - 1;
        Span<int> workspace = stackalloc int[64];
        var coef = coefficients[..64];
        var q = quant[..64];

        // Pass 1: columns, into the workspace with pass1Bits extra fraction bits.
        for (var col = 0; col < 8; col++)
        {
            if (coef[8 + col] == 0 && coef[16 + col] == 0 && coef[24 + col] == 0 && coef[32 + col] == 0
                && coef[40 + col] == 0 && coef[48 + col] == 0 && coef[56 + col] == 0)
            {
                // Only DC in this column: the full computation would give the same value 8 times.
                var dc = coef[col] * q[col] << pass1Bits;
                for (var row = 0; row < 8; row++)
                {
                    workspace[(row * 8) + col] = dc;
                }

                continue;
            }

            Butterfly(
                (long)coef[col] * q[col],
                (long)coef[8 + col] * q[8 + col],
                (long)coef[16 + col] * q[16 + col],
                (long)coef[24 + col] * q[24 + col],
                (long)coef[32 + col] * q[32 + col],
                (long)coef[40 + col] * q[40 + col],
                (long)coef[48 + col] * q[48 + col],
                (long)coef[56 + col] * q[56 + col],
                out var o0, out var o1, out var o2, out var o3, out var o4, out var o5, out var o6, out var o7);
            var shift = ConstBits - pass1Bits;
            var round = 1L << (shift - 1);
            workspace[col] = (int)((o0 + round) >> shift);
            workspace[8 + col] = (int)((o1 + round) >> shift);
            workspace[16 + col] = (int)((o2 + round) >> shift);
            workspace[24 + col] = (int)((o3 + round) >> shift);
            workspace[32 + col] = (int)((o4 + round) >> shift);
            workspace[40 + col] = (int)((o5 + round) >> shift);
            workspace[48 + col] = (int)((o6 + round) >> shift);
            workspace[56 + col] = (int)((o7 + round) >> shift);
        }

        // Pass 2: rows, removing the fraction bits and the factor 8, then level-shifting.
        var finalShift = ConstBits + pass1Bits + 3;
        var finalRound = 1L << (finalShift - 1);
        for (var row = 0; row < 8; row++)
        {
            var w = workspace.Slice(row * 8, 8);
            var o = output.Slice(row * stride, 8);
            if (w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0 && w[6] == 0 && w[7] == 0)
            {
                var dcShift = pass1Bits + 3;
                var value = Limit((int)(((long)w[0] + (1 << (dcShift - 1))) >> dcShift), center, maxSample, rangeMask);
                o.Fill(value);
                continue;
            }

            Butterfly(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7],
                out var o0, out var o1, out var o2, out var o3, out var o4, out var o5, out var o6, out var o7);
            o[0] = Limit((int)((o0 + finalRound) >> finalShift), center, maxSample, rangeMask);
            o[1] = Limit((int)((o1 + finalRound) >> finalShift), center, maxSample, rangeMask);
            o[2] = Limit((int)((o2 + finalRound) >> finalShift), center, maxSample, rangeMask);
            o[3] = Limit((int)((o3 + finalRound) >> finalShift), center, maxSample, rangeMask);
            o[4] = Limit((int)((o4 + finalRound) >> finalShift), center, maxSample, rangeMask);
            o[5] = Limit((int)((o5 + finalRound) >> finalShift), center, maxSample, rangeMask);
            o[6] = Limit((int)((o6 + finalRound) >> finalShift), center, maxSample, rangeMask);
            o[7] = Limit((int)((o7 + finalRound) >> finalShift), center, maxSample, rangeMask);
        }
    }

    /// <summary>
    /// libjpeg's range limiting after the IDCT: the value is taken modulo 4 * 2^P as a signed number
    /// in [-2 * 2^P, 2 * 2^P), level-shifted by 2^(P-1) and clamped to [0, 2^P - 1].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ushort Limit(int value, int center, int maxSample, int rangeMask)
    {
        var half = (rangeMask + 1) >> 1;
        var wrapped = ((value + half) & rangeMask) - half;
        return (ushort)Math.Clamp(wrapped + center, 0, maxSample);
    }

    // The 1-D 8-point IDCT of both passes (outputs still scaled by 2^ConstBits).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Butterfly(
        long in0, long in1, long in2, long in3, long in4, long in5, long in6, long in7,
        out long out0, out long out1, out long out2, out long out3, out long out4, out long out5, out long out6, out long out7)
    {
        // Even part: rotation of inputs 2 and 6, then sum and difference with 0 and 4.
        var z1 = (in2 + in6) * Fix0541196100;
        var tmp2 = z1 + (in6 * -Fix1847759065);
        var tmp3 = z1 + (in2 * Fix0765366865);
        var tmp0 = (in0 + in4) << ConstBits;
        var tmp1 = (in0 - in4) << ConstBits;
        var tmp10 = tmp0 + tmp3;
        var tmp13 = tmp0 - tmp3;
        var tmp11 = tmp1 + tmp2;
        var tmp12 = tmp1 - tmp2;

        // Odd part: inputs 7, 5, 3, 1.
        tmp0 = in7;
        tmp1 = in5;
        tmp2 = in3;
        tmp3 = in1;
        z1 = tmp0 + tmp3;
        var z2 = tmp1 + tmp2;
        var z3 = tmp0 + tmp2;
        var z4 = tmp1 + tmp3;
        var z5 = (z3 + z4) * Fix1175875602;
        tmp0 *= Fix0298631336;
        tmp1 *= Fix2053119869;
        tmp2 *= Fix3072711026;
        tmp3 *= Fix1501321110;
        z1 *= -Fix0899976223;
        z2 *= -Fix2562915447;
        z3 = (z3 * -Fix1961570560) + z5;
        z4 = (z4 * -Fix0390180644) + z5;
        tmp0 += z1 + z3;
        tmp1 += z2 + z4;
        tmp2 += z2 + z3;
        tmp3 += z1 + z4;

        out0 = tmp10 + tmp3;
        out7 = tmp10 - tmp3;
        out1 = tmp11 + tmp2;
        out6 = tmp11 - tmp2;
        out2 = tmp12 + tmp1;
        out5 = tmp12 - tmp1;
        out3 = tmp13 + tmp0;
        out4 = tmp13 - tmp0;
    }
}
