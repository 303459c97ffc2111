using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Decodes an HTJ2K code-block (ITU-T T.814): the cleanup pass (MEL, CxtVLC with the UVLC
/// residuals, MagSgn), then the optional SigProp and MagRef passes one bit-plane lower. Samples
/// are left as magnitudes with one fraction bit (bit 31 the sign) in a bordered grid, the same
/// representation <see cref="EbcotBlockDecoder"/> reconstructs, so both share dequantisation.
/// One instance per thread.
/// </summary>
internal sealed partial class HtBlockDecoder
{
    private const int MaxGrid = 4096 + (2 * (1024 + 4)) + 4;

    private readonly int[] _values = new int[MaxGrid];
    private readonly bool[] _fromCleanup = new bool[MaxGrid];
    private readonly int[] _exponentsAbove = new int[1024 + 8];
    private readonly int[] _exponentsBelow = new int[1024 + 8];
    private int _width;
    private int _height;
    private int _stride;

    /// <summary>Sign-magnitude values of the last block, bordered: sample (x, y) at <c>(y + 1) * Stride + x + 1</c>.</summary>
    public ReadOnlySpan<int> Values => _values;

    /// <summary>Row pitch of <see cref="Values"/>.</summary>
    public int Stride => _stride;

    /// <summary>
    /// Decodes one block. <paramref name="cleanup"/> and <paramref name="refinement"/> are the two
    /// segments; <paramref name="bitPlane"/> is the cleanup pass's lowest magnitude bit-plane.
    /// Returns false (values left at zero) when the block is malformed.
    /// </summary>
    public bool Decode(ReadOnlySpan<byte> cleanup, ReadOnlySpan<byte> refinement, int passes, int bitPlane, int width, int height,
        bool causal)
    {
        _width = width;
        _height = height;
        _stride = width + 2;
        var grid = _stride * (height + 2);
        _values.AsSpan(0, grid).Clear();
        if (!DecodeCleanup(cleanup, bitPlane))
        {
            _values.AsSpan(0, grid).Clear();
            return false;
        }

        if (passes > 1 && bitPlane > 0 && refinement.Length > 0)
        {
            for (var i = 0; i < grid; i++)
            {
                _fromCleanup[i] = _values[i] != 0;
            }

            SignificancePropagation(refinement, bitPlane - 1, causal);
            if (passes > 2)
            {
                MagnitudeRefinement(refinement, bitPlane - 1);
            }
        }

        return true;
    }

    private bool DecodeCleanup(ReadOnlySpan<byte> data, int bitPlane)
    {
        var lcup = data.Length;
        if (lcup < 2)
        {
            return false;
        }

        var scup = (data[lcup - 1] << 4) | (data[lcup - 2] & 0x0F);
        if (scup < 2 || scup > lcup || scup > 4079)
        {
            return false;
        }

        var mel = new HtMelDecoder(data, lcup - scup, lcup - 1);
        var vlc = HtReverseReader.ForVlc(data, lcup, scup);
        var magSgn = new HtForwardReader(data, 0, lcup - scup, 0xFF);
        var above = _exponentsAbove.AsSpan(0, _width + 4);
        var below = _exponentsBelow.AsSpan(0, _width + 4);
        above.Clear();
        for (var y = 0; y < _height; y += 2)
        {
            below.Clear();
            if (!DecodeQuadRow(ref mel, ref vlc, ref magSgn, y, bitPlane, above, below))
            {
                return false;
            }

            var swap = above;
            above = below;
            below = swap;
        }

        return true;
    }

    // One row of quads (rows y, y+1), two quads at a time. Exponent arrays are indexed column + 1.
    private bool DecodeQuadRow(ref HtMelDecoder melState, ref HtReverseReader vlcState, ref HtForwardReader magSgnState, int y, int bitPlane,
        Span<int> above, Span<int> below)
    {
        // Work on local copies so the readers' fields can live in registers.
        var mel = melState;
        var vlc = vlcState;
        var magSgn = magSgnState;
        var ok = DecodeQuadPairs(ref mel, ref vlc, ref magSgn, y, bitPlane, above, below);
        melState = mel;
        vlcState = vlc;
        magSgnState = magSgn;
        return ok;
    }

    private bool DecodeQuadPairs(ref HtMelDecoder mel, ref HtReverseReader vlc, ref HtForwardReader magSgn, int y, int bitPlane,
        Span<int> above, Span<int> below)
    {
        var initial = y == 0;
        var table = initial ? HtVlcTables.Initial : HtVlcTables.Subsequent;
        var context = 0;
        for (var x = 0; x < _width; x += 4)
        {
            // First quad of the pair.
            if (!initial)
            {
                context |= (Significant(above, x - 1) | Significant(above, x)) | ((Significant(above, x + 1) | Significant(above, x + 2)) << 2);
            }

            int q0 = table[(context << 7) | (int)(vlc.Peek() & 0x7F)];
            if (context == 0 && mel.NextEvent() == 0)
            {
                q0 = 0;
            }

            vlc.Advance(q0 & 7);
            context = NextContext(q0, initial);

            var q1 = 0;
            if (x + 2 < _width)
            {
                if (!initial)
                {
                    context |= (Significant(above, x + 1) | Significant(above, x + 2)) | ((Significant(above, x + 3) | Significant(above, x + 4)) << 2);
                }

                q1 = table[(context << 7) | (int)(vlc.Peek() & 0x7F)];
                if (context == 0 && mel.NextEvent() == 0)
                {
                    q1 = 0;
                }

                vlc.Advance(q1 & 7);
                context = NextContext(q1, initial);
            }

            var (u0, u1) = HtResiduals.Decode(ref vlc, ref mel, (q0 >> 3) & 1, (q1 >> 3) & 1, initial);
            var bound0 = u0 + Kappa(q0, initial, above, x);
            var bound1 = u1 + Kappa(q1, initial, above, x + 2);
            if (bound0 + bitPlane > 30 || bound1 + bitPlane > 30 || !InsideBlock(q0, x, y) || !InsideBlock(q1, x + 2, y))
            {
                return false;
            }

            DecodeQuadSamples(ref magSgn, q0, bound0, x, y, bitPlane, below);
            DecodeQuadSamples(ref magSgn, q1, bound1, x + 2, y, bitPlane, below);
        }

        return true;
    }

    private static int Significant(Span<int> exponents, int column) => exponents[column + 1] != 0 ? 1 : 0;

    // Context of the next quad from this one (T.814 equations 1 and 2): what its left neighbour leaves behind.
    private static int NextContext(int quad, bool initial)
    {
        var rho = (quad >> 4) & 0xF;
        return initial
            ? ((rho & 1) | ((rho >> 1) & 1)) | (((rho >> 2) & 1) << 1) | (((rho >> 3) & 1) << 2)
            : (((rho >> 2) | (rho >> 3)) & 1) << 1;
    }

    // kappa: 1, or for a quad with two or more significant samples outside the first row,
    // the largest neighbouring exponent above minus one (T.814 equations 5, 6).
    private static int Kappa(int quad, bool initial, Span<int> above, int x)
    {
        var rho = (quad >> 4) & 0xF;
        if (initial || (rho & (rho - 1)) == 0)
        {
            return 1;
        }

        var e = Math.Max(Math.Max(above[x], above[x + 1]), Math.Max(above[x + 2], above[x + 3]));
        return Math.Max(e - 1, 1);
    }

    private bool InsideBlock(int quad, int x, int y)
    {
        var rho = (quad >> 4) & 0xF;
        var allowed = 0xF;
        if (x + 1 >= _width)
        {
            allowed &= 0x3;
        }

        if (y + 1 >= _height)
        {
            allowed &= 0x5;
        }

        return x >= _width ? rho == 0 : (rho & ~allowed) == 0;
    }

    // MagSgn for the significant samples of a quad, in the order (x,y), (x,y+1), (x+1,y), (x+1,y+1).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void DecodeQuadSamples(ref HtForwardReader magSgn, int quad, int bound, int x, int y, int bitPlane, Span<int> below)
    {
        var rho = (quad >> 4) & 0xF;
        ref var values = ref MemoryMarshal.GetArrayDataReference(_values);
        var origin = ((y + 1) * _stride) + x + 1;
        while (rho != 0)
        {
            var n = BitOperations.TrailingZeroCount(rho);
            rho &= rho - 1;
            var count = bound - ((quad >> (12 + n)) & 1);
            var word = magSgn.Peek();
            magSgn.Advance(count);

            // The sign is the first bit; the rest, with the implicit e_1 bit on top and the bin
            // centre in bit 0, form 2(mu - 1) + 1.
            var v = (word & ((1u << count) - 1)) | ((uint)((quad >> (8 + n)) & 1) << count) | 1;
            Unsafe.Add(ref values, origin + ((n & 1) * _stride) + (n >> 1)) = (int)((v + 2) << bitPlane) | (int)(word << 31);
            if ((n & 1) == 1)
            {
                below[x + (n >> 1) + 1] = 32 - BitOperations.LeadingZeroCount(v);
            }
        }
    }
}
