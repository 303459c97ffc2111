using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>
/// The 8x8 forward DCT of T.81 A.3.3 as two matrix products with the orthonormal DCT-II basis,
/// on 128-bit vectors (SSE and NEON alike), followed by quantisation into zig-zag order.
/// </summary>
internal static class JpegForwardDct
{
    // Basis[u * 8 + x] = a(u) cos((2x + 1) u pi / 16), a(0) = sqrt(1/8), a(u) = 1/2.
    private static readonly float[] Basis = CreateBasis();

    // Position in the transposed result of each zig-zag index (the second product leaves the block transposed).
    private static readonly byte[] ZigZagTransposed = CreateZigZagTransposed();

    /// <summary>Reciprocal quantisation steps in the transposed layout the transform leaves, for one table.</summary>
    public static float[] Reciprocals(ReadOnlySpan<byte> table)
    {
        var reciprocals = new float[64];
        for (var v = 0; v < 8; v++)
        {
            for (var u = 0; u < 8; u++)
            {
                reciprocals[(u * 8) + v] = 1f / table[(v * 8) + u];
            }
        }

        return reciprocals;
    }

    /// <summary>Transforms a level-shifted block (natural order) and writes its quantised coefficients in zig-zag order.</summary>
    public static void TransformAndQuantize(Span<float> block, ReadOnlySpan<float> reciprocals, Span<int> zigZag)
    {
        Span<float> temp = stackalloc float[64];
        Span<int> quantized = stackalloc int[64];
        MultiplyByBasis(block, temp);   // temp = C * X
        Transpose(temp, block);         // block = (C * X)^T
        MultiplyByBasis(block, temp);   // temp = C * (C * X)^T = (C * X * C^T)^T

        // Quantise (round to nearest) within what baseline Huffman tables can code: AC 10 bits, DC 11.
        var limit = Vector128.Create(1023f);
        for (var i = 0; i < 64; i += 4)
        {
            var scaled = Vector128.Create<float>(temp.Slice(i, 4)) * Vector128.Create<float>(reciprocals.Slice(i, 4));
            var clamped = Vector128.Min(Vector128.Max(Vector128.Round(scaled), -limit), limit);
            Vector128.ConvertToInt32(clamped).CopyTo(quantized.Slice(i, 4));
        }

        for (var i = 0; i < 64; i++)
        {
            zigZag[i] = quantized[ZigZagTransposed[i]];
        }

        // The DC term (index 0 in both layouts) may use 11 bits.
        zigZag[0] = (int)Math.Clamp(MathF.Round(temp[0] * reciprocals[0]), -2047, 2047);
    }

    /// <summary>output = Basis * input, each row held as two 4-float vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MultiplyByBasis(ReadOnlySpan<float> input, Span<float> output)
    {
        var basis = Basis.AsSpan();
        for (var v = 0; v < 8; v++)
        {
            var low = Vector128<float>.Zero;
            var high = Vector128<float>.Zero;
            var coefficients = basis.Slice(v * 8, 8);
            for (var y = 0; y < 8; y++)
            {
                var c = Vector128.Create(coefficients[y]);
                low += c * Vector128.Create<float>(input.Slice(y * 8, 4));
                high += c * Vector128.Create<float>(input.Slice((y * 8) + 4, 4));
            }

            low.CopyTo(output.Slice(v * 8, 4));
            high.CopyTo(output.Slice((v * 8) + 4, 4));
        }
    }

    private static void Transpose(ReadOnlySpan<float> input, Span<float> output)
    {
        for (var r = 0; r < 8; r++)
        {
            for (var c = 0; c < 8; c++)
            {
                output[(c * 8) + r] = input[(r * 8) + c];
            }
        }
    }

    private static float[] CreateBasis()
    {
        var basis = new float[64];
        for (var u = 0; u < 8; u++)
        {
            var scale = u == 0 ? Math.Sqrt(0.125) : 0.5;
            for (var x = 0; x < 8; x++)
            {
                basis[(u * 8) + x] = (float)(scale * Math.Cos(((2 * x) + 1) * u * Math.PI / 16));
            }
        }

        return basis;
    }

    private static byte[] CreateZigZagTransposed()
    {
        var map = new byte[64];
        for (var i = 0; i < 64; i++)
        {
            var natural = JpegTables.ZigZag[i];
            map[i] = (byte)(((natural % 8) * 8) + (natural / 8));
        }

        return map;
    }
}
