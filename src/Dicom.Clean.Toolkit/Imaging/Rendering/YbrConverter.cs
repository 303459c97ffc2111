namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// YCbCr to RGB with DCMTK's coefficients (dcmimage diybrpxt.h, diyf2pxt.h, diyp2pxt.h), computed in
/// the same order and truncated the same way, so colour output matches dcmj2pnm exactly.
/// </summary>
internal static class YbrConverter
{
    // Per-component terms of the unsigned 8-bit YBR_FULL path, truncated separately as DCMTK's tables are.
    private static readonly short[] RedCr = Table(l => (1.4020 * l) - (0.7010 * 255));
    private static readonly short[] GreenCb = Table(l => 0.3441 * l);
    private static readonly short[] GreenCr = Table(l => (0.7141 * l) - (0.5291 * 255));
    private static readonly short[] BlueCb = Table(l => (1.7720 * l) - (0.8859 * 255));

    public static void FullTable8(byte y, byte cb, byte cr, out uint r, out uint g, out uint b)
    {
        r = Clamp(y + RedCr[cr], 255);
        g = Clamp(y - GreenCb[cb] - GreenCr[cr], 255);
        b = Clamp(y + BlueCb[cb], 255);
    }

    public static void Full(uint y, uint cb, uint cr, uint maxValue, out uint r, out uint g, out uint b)
    {
        double max = maxValue;
        r = Clamp(y + (1.4020 * cr) - (0.7010 * max), maxValue);
        g = Clamp(y - (0.3441 * cb) - (0.7141 * cr) + (0.5291 * max), maxValue);
        b = Clamp(y + (1.7720 * cb) - (0.8859 * max), maxValue);
    }

    public static void Partial(uint y, uint cb, uint cr, uint maxValue, out uint r, out uint g, out uint b)
    {
        double max = maxValue;
        r = Clamp((1.1631 * y) + (1.5969 * cr) - (0.8713 * max), maxValue);
        g = Clamp((1.1631 * y) - (0.3913 * cb) - (0.8121 * cr) + (0.5290 * max), maxValue);
        b = Clamp((1.1631 * y) + (2.0177 * cb) - (1.0820 * max), maxValue);
    }

    private static uint Clamp(int value, uint maxValue) => value < 0 ? 0 : value > maxValue ? maxValue : (uint)value;

    private static uint Clamp(double value, uint maxValue) => value < 0 ? 0 : value > maxValue ? maxValue : (uint)value;

    private static short[] Table(Func<double, double> term)
    {
        var table = new short[256];
        for (var l = 0; l < 256; l++)
        {
            table[l] = (short)term(l);
        }

        return table;
    }
}
