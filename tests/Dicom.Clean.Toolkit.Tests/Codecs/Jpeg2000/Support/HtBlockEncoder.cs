using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>
/// An HTJ2K block encoder for tests (T.814, encoder side): the cleanup pass (MEL, CxtVLC with
/// UVLC residuals, MagSgn) at bit-plane <c>b</c>, and, when <c>b</c> is 1, the SigProp and
/// MagRef passes for bit-plane 0. Codewords are picked from the decoder's expanded CxtVLC tables.
/// </summary>
internal sealed partial class HtBlockEncoder
{
    private static ReadOnlySpan<byte> MelExponents => [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5];

    private readonly int[] _coefficients;
    private readonly int _width;
    private readonly int _height;
    private readonly int _bitPlane;
    private readonly List<int> _mel = [];
    private readonly List<int> _vlc = [];
    private readonly List<int> _magSgn = [];
    private int _melState;
    private int _melRun;

    private HtBlockEncoder(int[] coefficients, int width, int height, int bitPlane)
    {
        _coefficients = coefficients;
        _width = width;
        _height = height;
        _bitPlane = bitPlane;
    }

    /// <summary>Cleanup segment, refinement segment (empty for bit-plane 0) and pass count.</summary>
    public static (byte[] Cleanup, byte[] Refinement, int Passes) Encode(int[] coefficients, int width, int height, int bitPlane, bool causal)
    {
        var encoder = new HtBlockEncoder(coefficients, width, height, bitPlane);
        var cleanup = encoder.Cleanup();
        if (bitPlane == 0)
        {
            return (cleanup, [], 1);
        }

        return (cleanup, encoder.Refinement(causal), 3);
    }

    private int Mu(int x, int y) => x < 0 || y < 0 || x >= _width || y >= _height ? 0 : Math.Abs(_coefficients[(y * _width) + x]) >> _bitPlane;

    private static int Exponent(int mu) => mu == 0 ? 0 : 32 - int.LeadingZeroCount((2 * (mu - 1)) + 1);

    private byte[] Cleanup()
    {
        var above = new int[_width + 4];
        for (var y = 0; y < _height; y += 2)
        {
            var below = new int[_width + 4];
            var initial = y == 0;
            var context = 0;
            for (var x = 0; x < _width; x += 4)
            {
                if (!initial)
                {
                    context |= Sig(above, x - 1) | Sig(above, x) | ((Sig(above, x + 1) | Sig(above, x + 2)) << 2);
                }

                var q0 = CodeQuad(x, y, context, initial, above);
                context = NextContext(q0.Rho, initial);
                HtQuad? q1 = null;
                if (x + 2 < _width)
                {
                    if (!initial)
                    {
                        context |= Sig(above, x + 1) | Sig(above, x + 2) | ((Sig(above, x + 3) | Sig(above, x + 4)) << 2);
                    }

                    q1 = CodeQuad(x + 2, y, context, initial, above);
                    context = NextContext(q1.Rho, initial);
                }

                Residuals(q0.U, q1?.U ?? 0, initial);
                foreach (var quad in new[] { q0, q1 })
                {
                    if (quad is not null)
                    {
                        MagSgn(quad, y, below);
                    }
                }
            }

            above = below;
        }

        if (_melRun > 0)
        {
            _mel.Add(1);
        }

        var magSgn = HtBitWriters.ForwardLsbFirst(_magSgn);
        var mel = HtBitWriters.ForwardMsbFirst(_mel);

        // The first VLC bits sit in the upper nibble of the second-last byte (three when they are 111).
        var nibbleBits = _vlc.Count >= 3 && _vlc[0] == 1 && _vlc[1] == 1 && _vlc[2] == 1 ? 3 : 4;
        var nibble = 0;
        for (var i = 0; i < nibbleBits && i < _vlc.Count; i++)
        {
            nibble |= _vlc[i] << i;
        }

        var vlc = HtBitWriters.Backward(_vlc, Math.Min(nibbleBits, _vlc.Count), ((nibble << 4) | 0xF) > 0x8F);
        var scup = mel.Length + vlc.Count + 2;
        vlc.Reverse();
        return [.. magSgn, .. mel, .. vlc, (byte)((nibble << 4) | (scup & 0xF)), (byte)(scup >> 4)];
    }

    private static int Sig(int[] exponents, int column) => column >= -1 && exponents[column + 1] != 0 ? 1 : 0;

    private static int NextContext(int rho, bool initial) => initial
        ? ((rho & 1) | ((rho >> 1) & 1)) | (((rho >> 2) & 1) << 1) | (((rho >> 3) & 1) << 2)
        : (((rho >> 2) | (rho >> 3)) & 1) << 1;

    private HtQuad CodeQuad(int x, int y, int context, bool initial, int[] above)
    {
        var mus = new[] { Mu(x, y), Mu(x, y + 1), Mu(x + 1, y), Mu(x + 1, y + 1) };
        var rho = 0;
        var emax = 0;
        for (var n = 0; n < 4; n++)
        {
            if (mus[n] > 0)
            {
                rho |= 1 << n;
                emax = Math.Max(emax, Exponent(mus[n]));
            }
        }

        var kappa = 1;
        if (!initial && (rho & (rho - 1)) != 0)
        {
            var e = Math.Max(Math.Max(above[x], above[x + 1]), Math.Max(above[x + 2], above[x + 3]));
            kappa = Math.Max(e - 1, 1);
        }

        var bound = Math.Max(emax, kappa);
        var u = rho == 0 ? 0 : bound - kappa;
        var eps = 0;
        for (var n = 0; n < 4; n++)
        {
            eps |= mus[n] > 0 && Exponent(mus[n]) == bound ? 1 << n : 0;
        }

        if (context == 0)
        {
            Mel(rho != 0 ? 1 : 0);
        }

        var entry = 0;
        if (context != 0 || rho != 0)
        {
            entry = Codeword(initial, context, rho, u > 0 ? 1 : 0, eps, out var codeword, out var length);
            for (var i = 0; i < length; i++)
            {
                _vlc.Add((codeword >> i) & 1);
            }
        }

        return new HtQuad(x, rho, bound, u, (entry >> 12) & 0xF, mus);
    }

    // Picks a table codeword for (context, rho, u_off) whose EMB bits are consistent with eps.
    private static int Codeword(bool initial, int context, int rho, int uOff, int eps, out int codeword, out int length)
    {
        var table = initial ? HtVlcTables.Initial : HtVlcTables.Subsequent;
        var best = -1;
        for (var index = 0; index < 128; index++)
        {
            int entry = table[(context << 7) | index];
            var len = entry & 7;
            var ek = (entry >> 12) & 0xF;
            var e1 = (entry >> 8) & 0xF;
            if (len == 0 || ((entry >> 4) & 0xF) != rho || ((entry >> 3) & 1) != uOff || (ek & eps) != e1 || (index >> len) != 0)
            {
                continue;
            }

            if (best < 0 || int.PopCount(ek) > int.PopCount((table[(context << 7) | best] >> 12) & 0xF))
            {
                best = index;
            }
        }

        if (best < 0)
        {
            throw new InvalidOperationException($"No CxtVLC codeword for context {context}, rho {rho}, u_off {uOff}, eps {eps}.");
        }

        codeword = best;
        length = table[(context << 7) | best] & 7;
        return table[(context << 7) | best];
    }

    private void Mel(int bit)
    {
        var e = MelExponents[_melState];
        if (bit == 0)
        {
            if (++_melRun == 1 << e)
            {
                _mel.Add(1);
                _melRun = 0;
                _melState = Math.Min(_melState + 1, 12);
            }

            return;
        }

        _mel.Add(0);
        for (var i = e - 1; i >= 0; i--)
        {
            _mel.Add((_melRun >> i) & 1);
        }

        _melRun = 0;
        _melState = Math.Max(_melState - 1, 0);
    }

    private void Residuals(int u0, int u1, bool initial)
    {
        if (u0 > 0 && u1 > 0 && initial)
        {
            var both = u0 > 2 && u1 > 2;
            Mel(both ? 1 : 0);
            if (both)
            {
                Prefix(u0 - 2);
                Prefix(u1 - 2);
                Suffix(u0 - 2);
                Suffix(u1 - 2);
                return;
            }

            Prefix(u0);
            if (u0 > 2)
            {
                _vlc.Add(u1 - 1);
                Suffix(u0);
                return;
            }

            Prefix(u1);
            Suffix(u0);
            Suffix(u1);
            return;
        }

        if (u0 > 0)
        {
            Prefix(u0);
        }

        if (u1 > 0)
        {
            Prefix(u1);
        }

        if (u0 > 0)
        {
            Suffix(u0);
        }

        if (u1 > 0)
        {
            Suffix(u1);
        }
    }

    private void Prefix(int u)
    {
        int[] bits = u switch { 1 => [1], 2 => [0, 1], 3 or 4 => [0, 0, 1], _ => [0, 0, 0] };
        _vlc.AddRange(bits);
    }

    private void Suffix(int u)
    {
        var (offset, count) = u switch { 1 or 2 => (0, 0), 3 or 4 => (3, 1), _ => (5, 5) };
        for (var i = 0; i < count; i++)
        {
            _vlc.Add(((u - offset) >> i) & 1);
        }
    }

    private void MagSgn(HtQuad quad, int y, int[] below)
    {
        for (var n = 0; n < 4; n++)
        {
            var mu = quad.Mus[n];
            if (mu == 0)
            {
                continue;
            }

            var sx = quad.X + (n >> 1);
            var sy = y + (n & 1);
            var sign = _coefficients[(sy * _width) + sx] < 0 ? 1 : 0;
            var count = quad.Bound - ((quad.Ek >> n) & 1);
            var value = (2 * (mu - 1)) | sign;
            for (var i = 0; i < count; i++)
            {
                _magSgn.Add((value >> i) & 1);
            }

            if ((n & 1) == 1)
            {
                below[sx + 1] = Exponent(mu);
            }
        }
    }
}
