using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The unsigned residuals u of a quad pair in the HT cleanup pass (T.814 7.3.6): UVLC prefix
/// codes, then suffixes, from the VLC stream; in the first row of quads an extra MEL event tells
/// when both residuals exceed 2.
/// </summary>
internal static class HtResiduals
{
    /// <summary>Decodes u for the quads of a pair whose u_off bits are <paramref name="off0"/>, <paramref name="off1"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (int U0, int U1) Decode(ref HtReverseReader vlc, ref HtMelDecoder mel, int off0, int off1, bool initial)
    {
        if (off0 == 0 && off1 == 0)
        {
            return (0, 0);
        }

        if (off0 == 0 || off1 == 0)
        {
            var u = ReadPrefix(ref vlc, out var suffix);
            u += ReadBits(ref vlc, suffix);
            return off0 != 0 ? (u, 0) : (0, u);
        }

        if (initial && mel.NextEvent() == 1)
        {
            // Both large: each residual is coded less 2.
            var a = ReadPrefix(ref vlc, out var sa);
            var b = ReadPrefix(ref vlc, out var sb);
            a += ReadBits(ref vlc, sa);
            b += ReadBits(ref vlc, sb);
            return (a + 2, b + 2);
        }

        var first = ReadPrefix(ref vlc, out var s0);
        if (initial && first > 2)
        {
            // In the first row the second residual is then 1 or 2, from a single bit.
            var second = ReadBits(ref vlc, 1) + 1;
            first += ReadBits(ref vlc, s0);
            return (first, second);
        }

        var other = ReadPrefix(ref vlc, out var s1);
        first += ReadBits(ref vlc, s0);
        other += ReadBits(ref vlc, s1);
        return (first, other);
    }

    // u prefix codewords (read LSB first): 1 -> 1, 01 -> 2, 001 -> 3 (+1 suffix bit), 000 -> 5 (+5 suffix bits).
    private static int ReadPrefix(ref HtReverseReader vlc, out int suffixBits)
    {
        var bits = vlc.Peek();
        if ((bits & 1) != 0)
        {
            vlc.Advance(1);
            suffixBits = 0;
            return 1;
        }

        if ((bits & 2) != 0)
        {
            vlc.Advance(2);
            suffixBits = 0;
            return 2;
        }

        vlc.Advance(3);
        if ((bits & 4) != 0)
        {
            suffixBits = 1;
            return 3;
        }

        suffixBits = 5;
        return 5;
    }

    private static int ReadBits(ref HtReverseReader vlc, int count)
    {
        if (count == 0)
        {
            return 0;
        }

        var value = (int)(vlc.Peek() & ((1u << count) - 1));
        vlc.Advance(count);
        return value;
    }
}
