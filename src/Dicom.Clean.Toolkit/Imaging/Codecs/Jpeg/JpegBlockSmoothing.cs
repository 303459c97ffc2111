namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// Inter-block smoothing of progressive images whose first AC coefficients were not sent to full
/// precision (T.81 K.8): the first five AC coefficients of a block, where still zero, are estimated
/// from the DC values of the block and its eight neighbours. libjpeg applies it by default, so a
/// progression that stops early decodes as DCMTK shows it; complete progressions are untouched.
/// </summary>
internal static class JpegBlockSmoothing
{
    // Natural-order positions of zig-zag coefficients 1 to 5: AC01, AC10, AC20, AC11, AC02.
    private const int Q01 = 1;
    private const int Q10 = 8;
    private const int Q20 = 16;
    private const int Q11 = 9;
    private const int Q02 = 2;

    /// <summary>
    /// libjpeg's smoothing_ok: every component has some DC bits and non-zero quantizers for DC and the
    /// first five AC coefficients, and at least one of those AC coefficients is not fully known.
    /// </summary>
    public static bool IsUseful(JpegFrame frame)
    {
        var useful = false;
        foreach (var c in frame.Components)
        {
            var q = c.Quant!;
            var bits = c.CoefficientBits!;
            if (q[0] == 0 || q[Q01] == 0 || q[Q10] == 0 || q[Q20] == 0 || q[Q11] == 0 || q[Q02] == 0 || bits[0] < 0)
            {
                return false;
            }

            for (var k = 1; k <= 5; k++)
            {
                useful |= bits[k] != 0;
            }
        }

        return useful;
    }

    /// <summary>Fills <paramref name="workspace"/> with block (bx, by) and its estimated AC coefficients.</summary>
    public static void Estimate(JpegComponent c, int bx, int by, Span<short> workspace)
    {
        var coefficients = c.Coefficients!;
        var blocksPerLine = c.PlaneWidth / 8;
        coefficients.AsSpan(((by * blocksPerLine) + bx) * 64, 64).CopyTo(workspace);

        // DC values of the 3x3 neighbourhood, edges replicated (DC1..DC9 row by row).
        int Dc(int dx, int dy)
        {
            var x = Math.Clamp(bx + dx, 0, c.UnitsWide - 1);
            var y = Math.Clamp(by + dy, 0, c.UnitsHigh - 1);
            return coefficients[((y * blocksPerLine) + x) * 64];
        }

        int dc1 = Dc(-1, -1), dc2 = Dc(0, -1), dc3 = Dc(1, -1);
        int dc4 = Dc(-1, 0), dc5 = Dc(0, 0), dc6 = Dc(1, 0);
        int dc7 = Dc(-1, 1), dc8 = Dc(0, 1), dc9 = Dc(1, 1);
        var q = c.Quant!;
        var bits = c.CoefficientBits!;
        long q00 = q[0];
        Apply(workspace, Q01, bits[1], q[Q01], 36 * q00 * (dc4 - dc6));
        Apply(workspace, Q10, bits[2], q[Q10], 36 * q00 * (dc2 - dc8));
        Apply(workspace, Q20, bits[3], q[Q20], 9 * q00 * (dc2 + dc8 - (2 * dc5)));
        Apply(workspace, Q11, bits[4], q[Q11], 5 * q00 * (dc1 - dc3 - dc7 + dc9));
        Apply(workspace, Q02, bits[5], q[Q02], 9 * q00 * (dc4 + dc6 - (2 * dc5)));
    }

    // An estimate replaces a coefficient only while it is zero and not known exactly (Al != 0); it
    // is rounded, and kept below the first bit a later scan would have sent.
    private static void Apply(Span<short> workspace, int position, int al, long quant, long numerator)
    {
        if (al == 0 || workspace[position] != 0)
        {
            return;
        }

        var magnitude = (int)(((quant << 7) + Math.Abs(numerator)) / (quant << 8));
        if (al > 0 && magnitude >= 1 << al)
        {
            magnitude = (1 << al) - 1;
        }

        workspace[position] = (short)(numerator >= 0 ? magnitude : -magnitude);
    }
}
