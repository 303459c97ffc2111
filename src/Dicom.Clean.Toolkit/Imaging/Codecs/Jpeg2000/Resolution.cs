namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>A resolution level of a tile-component, with its precinct grid and sub-bands.</summary>
internal sealed class Resolution
{
    /// <summary>Resolution index r (0 is the lowest).</summary>
    public int Level { get; init; }

    /// <summary>Left edge in resolution coordinates.</summary>
    public int X0 { get; init; }

    /// <summary>Top edge.</summary>
    public int Y0 { get; init; }

    /// <summary>Right edge (exclusive).</summary>
    public int X1 { get; init; }

    /// <summary>Bottom edge (exclusive).</summary>
    public int Y1 { get; init; }

    /// <summary>PPx.</summary>
    public int PrecinctWidthExponent { get; init; }

    /// <summary>PPy.</summary>
    public int PrecinctHeightExponent { get; init; }

    /// <summary>Precincts across (0 for an empty resolution).</summary>
    public int PrecinctsWide { get; init; }

    /// <summary>Precincts down.</summary>
    public int PrecinctsHigh { get; init; }

    /// <summary>Sub-bands: LL for resolution 0, else HL, LH, HH.</summary>
    public SubBand[] Bands { get; init; } = [];

    /// <summary>Precincts in raster order.</summary>
    public Precinct[] Precincts { get; init; } = [];

    /// <summary>Width in samples.</summary>
    public int Width => X1 - X0;

    /// <summary>Height in samples.</summary>
    public int Height => Y1 - Y0;
}
