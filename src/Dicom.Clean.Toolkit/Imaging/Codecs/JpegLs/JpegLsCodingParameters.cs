namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// The preset coding parameters of T.87 C.2.4.1.1: MAXVAL, the gradient thresholds T1-T3 and RESET.
/// An LSE type 1 segment carries them, 0 meaning "the default"; <see cref="Resolve"/> fills those in.
/// </summary>
/// <param name="MaxVal">Largest sample value.</param>
/// <param name="T1">First gradient quantization threshold.</param>
/// <param name="T2">Second gradient quantization threshold.</param>
/// <param name="T3">Third gradient quantization threshold.</param>
/// <param name="Reset">Value of N at which the context counters are halved.</param>
internal readonly record struct JpegLsCodingParameters(int MaxVal, int T1, int T2, int T3, int Reset)
{
    /// <summary>RESET when no LSE segment sets it.</summary>
    public const int DefaultReset = 64;

    /// <summary>
    /// The default thresholds for a sample range and NEAR (T.87 C.2.4.1.1.1), with the default RESET.
    /// </summary>
    public static JpegLsCodingParameters Default(int maxVal, int near)
    {
        const int BasicT1 = 3, BasicT2 = 7, BasicT3 = 21;
        int t1, t2, t3;
        if (maxVal >= 128)
        {
            var factor = (Math.Min(maxVal, 4095) + 128) >> 8;
            t1 = Clamp((factor * (BasicT1 - 2)) + 2 + (3 * near), near + 1, maxVal);
            t2 = Clamp((factor * (BasicT2 - 3)) + 3 + (5 * near), t1, maxVal);
            t3 = Clamp((factor * (BasicT3 - 4)) + 4 + (7 * near), t2, maxVal);
        }
        else
        {
            var factor = 256 / (maxVal + 1);
            t1 = Clamp(Math.Max(2, (BasicT1 / factor) + (3 * near)), near + 1, maxVal);
            t2 = Clamp(Math.Max(3, (BasicT2 / factor) + (5 * near)), t1, maxVal);
            t3 = Clamp(Math.Max(4, (BasicT3 / factor) + (7 * near)), t2, maxVal);
        }

        return new JpegLsCodingParameters(maxVal, t1, t2, t3, DefaultReset);
    }

    /// <summary>
    /// Replaces zero fields (as an LSE segment states them, or all zero without one) by their defaults
    /// for the precision and NEAR, and checks the result against the ranges of T.87 C.2.4.1.1.
    /// </summary>
    /// <returns>The parameters to decode with, or null when a stated value is out of range.</returns>
    public JpegLsCodingParameters? Resolve(int precision, int near)
    {
        var maxVal = MaxVal == 0 ? (1 << precision) - 1 : MaxVal;
        if (maxVal < 1 || maxVal >= 1 << precision || near > Math.Min(255, maxVal / 2))
        {
            return null;
        }

        var defaults = Default(maxVal, near);
        var resolved = new JpegLsCodingParameters(
            maxVal,
            T1 == 0 ? defaults.T1 : T1,
            T2 == 0 ? defaults.T2 : T2,
            T3 == 0 ? defaults.T3 : T3,
            Reset == 0 ? defaults.Reset : Reset);
        var valid = resolved.T1 >= near + 1 && resolved.T1 <= maxVal
            && resolved.T2 >= resolved.T1 && resolved.T2 <= maxVal
            && resolved.T3 >= resolved.T2 && resolved.T3 <= maxVal
            && resolved.Reset >= 3 && resolved.Reset <= Math.Max(255, maxVal);
        return valid ? resolved : null;
    }

    private static int Clamp(int value, int low, int maxVal) => value > maxVal || value < low ? low : value;
}
