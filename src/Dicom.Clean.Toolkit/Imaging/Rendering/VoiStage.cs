using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// The VOI and presentation stages of one frame, mapping a modality value to an output byte. The
/// formulas and their floating-point order are DCMTK's (dcmimgle DiMonoOutputPixelTemplate, no
/// presentation LUT, no display function), so output matches dcmj2pnm bit for bit; LINEAR_EXACT,
/// which DCMTK 3.6.7 lacks, follows PS3.3 C.11.2.1.3.2. Inversion (MONOCHROME1 or INVERSE) swaps
/// the low and high output values, exactly as DCMTK does.
/// </summary>
internal sealed class VoiStage
{
    private readonly VoiKind _kind;
    private readonly double _low;
    private readonly double _high;
    private readonly double _center;
    private readonly double _width;
    private readonly double _left;
    private readonly double _right;
    private readonly double _offset;
    private readonly double _gradient;
    private readonly ResolvedLookupTable? _lut;
    private readonly int _lutFirst;
    private readonly byte _lutConstant;

    private VoiStage(VoiKind kind, bool inverse, double center = 0, double width = 0)
    {
        _kind = kind;
        _low = inverse ? 255 : 0;
        _high = inverse ? 0 : 255;
        _center = center;
        _width = width;
    }

    private VoiStage(VoiKind kind, bool inverse, double center, double width, double left, double right, double offset, double gradient)
        : this(kind, inverse, center, width)
    {
        _left = left;
        _right = right;
        _offset = offset;
        _gradient = gradient;
    }

    // A table whose entries are all equal maps everything to one value, computed in DCMTK's order.
    private VoiStage(bool inverse, ResolvedLookupTable lut, int lutFirst)
        : this(lut.MinValue == lut.MaxValue ? VoiKind.LookupTableConstant : VoiKind.LookupTable, inverse)
    {
        _lut = lut;
        _lutFirst = lutFirst;
        _gradient = (_high - _low + 1) / lut.AbsMaxRange;
        _lutConstant = ToByte(_low + (lut.MinValue / lut.AbsMaxRange * (_high - _low + 1)));
    }

    private enum VoiKind
    {
        Linear,
        LinearExact,
        Sigmoid,
        LookupTable,
        LookupTableConstant,
        Scale,
    }

    /// <summary>A window with the given function; callers make sure the width is valid.</summary>
    public static VoiStage Window(double center, double width, VoiLutFunction function, bool inverse)
    {
        switch (function)
        {
            case VoiLutFunction.Sigmoid:
                return new VoiStage(VoiKind.Sigmoid, inverse, center, width);
            case VoiLutFunction.LinearExact:
                return new VoiStage(VoiKind.LinearExact, inverse, center, width, center - (width / 2), center + (width / 2), 0, 0);
            default:
                var low = inverse ? 255.0 : 0.0;
                var high = inverse ? 0.0 : 255.0;
                var width1 = width - 1;
                var left = center - 0.5 - (width1 / 2);
                var right = center - 0.5 + (width1 / 2);
                var outRange = high - low;
                var offset = width1 == 0 ? 0 : high - ((((center - 0.5) / width1) + 0.5) * outRange);
                var gradient = width1 == 0 ? 0 : outRange / width1;
                return new VoiStage(VoiKind.Linear, inverse, center, width, left, right, offset, gradient);
        }
    }

    /// <summary>A VOI LUT; <paramref name="signedInput"/> says how to read its first mapped value.</summary>
    public static VoiStage LookupTable(ResolvedLookupTable lut, bool signedInput, bool inverse)
    {
        return new VoiStage(inverse, lut, lut.FirstMapped(signedInput));
    }

    /// <summary>No VOI: the whole possible modality range scaled linearly to the output (DCMTK's "nowindow").</summary>
    public static VoiStage Scale(double absoluteMin, double absoluteMax, bool inverse)
    {
        var low = inverse ? 255.0 : 0.0;
        var high = inverse ? 0.0 : 255.0;
        var gradient = (high - low + 1) / (absoluteMax - absoluteMin + 1);
        return new VoiStage(VoiKind.Scale, inverse, 0, 0, absoluteMin, 0, 0, gradient);
    }

    /// <summary>Maps a modality value to the output byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Map(double value)
    {
        switch (_kind)
        {
            case VoiKind.Linear:
                if (value <= _left)
                {
                    return (byte)_low;
                }

                return value > _right ? (byte)_high : ToByte(_offset + (value * _gradient));

            case VoiKind.LinearExact:
                if (value <= _left)
                {
                    return (byte)_low;
                }

                return value > _right ? (byte)_high : ToByte(((((value - _center) / _width) + 0.5) * (_high - _low)) + _low);

            case VoiKind.Sigmoid:
                return ToByte(((_high - _low) / (1 + Math.Exp(-4 * (value - _center) / _width))) + _low);

            case VoiKind.LookupTable:
                // DCMTK indexes VOI LUTs with integer modality values.
                return ToByte(_low + (_lut!.Lookup((long)value, _lutFirst) * _gradient));

            case VoiKind.LookupTableConstant:
                return _lutConstant;

            default:
                return ToByte(_low + ((value - _left) * _gradient));
        }
    }

    /// <summary>The C cast DCMTK applies: truncation toward zero, kept inside 0..255.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ToByte(double value) => value <= 0 ? (byte)0 : value >= 255 ? (byte)255 : (byte)value;
}
