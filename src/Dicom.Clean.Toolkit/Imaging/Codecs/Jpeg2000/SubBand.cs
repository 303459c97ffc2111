namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// A sub-band of a tile-component: its rectangle in sub-band coordinates, where its coefficients
/// sit in the tile-component buffer (the LL of the lower resolution top left, HL right of it, LH
/// below, HH diagonal), and its quantisation.
/// </summary>
internal sealed class SubBand
{
    /// <summary>0 LL, 1 HL, 2 LH, 3 HH.</summary>
    public int Orientation { get; init; }

    /// <summary>Left edge in sub-band coordinates.</summary>
    public int X0 { get; init; }

    /// <summary>Top edge.</summary>
    public int Y0 { get; init; }

    /// <summary>Right edge (exclusive).</summary>
    public int X1 { get; init; }

    /// <summary>Bottom edge (exclusive).</summary>
    public int Y1 { get; init; }

    /// <summary>Column of the band's first coefficient in the tile-component buffer.</summary>
    public int BufferX { get; init; }

    /// <summary>Row of the band's first coefficient in the tile-component buffer.</summary>
    public int BufferY { get; init; }

    /// <summary>Mb: magnitude bit-planes (guard bits + exponent - 1), before any ROI shift.</summary>
    public int MagnitudeBits { get; init; }

    /// <summary>Dequantisation factor for the irreversible path, already halved for the decoder's extra fraction bit.</summary>
    public float StepSize { get; init; }
}
