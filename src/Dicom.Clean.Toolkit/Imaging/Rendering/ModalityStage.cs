using System.Runtime.CompilerServices;

namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// The modality transform of one frame: identity, rescale, or Modality LUT (which wins over rescale,
/// as in DCMTK). Modality values are kept as doubles, so a fractional slope is not truncated.
/// </summary>
internal sealed class ModalityStage
{
    private readonly ResolvedLookupTable? _lut;
    private readonly int _lutFirst;
    private readonly double _slope;
    private readonly double _intercept;

    private ModalityStage(ResolvedLookupTable? lut, int lutFirst, double slope, double intercept)
    {
        _lut = lut;
        _lutFirst = lutFirst;
        _slope = slope;
        _intercept = intercept;
    }

    /// <summary>True when a Modality LUT is applied.</summary>
    public bool IsLookupTable => _lut is not null;

    /// <summary>The slope in effect (1 without rescale).</summary>
    public double Slope => _slope;

    /// <summary>The intercept in effect (0 without rescale).</summary>
    public double Intercept => _intercept;

    /// <summary>True when every output is an integer (identity, LUT, or whole slope and intercept).</summary>
    public bool IsIntegral => _lut is not null || (_slope == Math.Floor(_slope) && _intercept == Math.Floor(_intercept));

    public static ModalityStage Create(ImagePixelAttributes image, int frameIndex, bool storedSigned, bool useFrameValues)
    {
        if (image.ModalityLut is { } table && ResolvedLookupTable.Resolve(table) is { } lut)
        {
            return new ModalityStage(lut, lut.FirstMapped(storedSigned), 1, 0);
        }

        var rescale = (useFrameValues ? image.GetFrameValues(frameIndex)?.Rescale : null) ?? image.Rescale;
        if (rescale is { } r && r.Slope != 0 && double.IsFinite(r.Slope) && double.IsFinite(r.Intercept))
        {
            return new ModalityStage(null, 0, r.Slope, r.Intercept);
        }

        return new ModalityStage(null, 0, 1, 0);
    }

    /// <summary>Maps a stored value to its modality value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Apply(long stored)
    {
        if (_lut is not null)
        {
            return _lut.Lookup(stored, _lutFirst);
        }

        return (stored * _slope) + _intercept;
    }

    /// <summary>Maps a floating-point sample (float pixel data) to its modality value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Apply(double sample) => (sample * _slope) + _intercept;

    /// <summary>The range of modality values the stored range can produce (DCMTK's absolute minimum and maximum).</summary>
    public (double Min, double Max) AbsoluteRange(double storedMin, double storedMax)
    {
        if (_lut is not null)
        {
            return (0, _lut.AbsMaxRange - 1);
        }

        var a = (storedMin * _slope) + _intercept;
        var b = (storedMax * _slope) + _intercept;
        return a <= b ? (a, b) : (b, a);
    }
}
