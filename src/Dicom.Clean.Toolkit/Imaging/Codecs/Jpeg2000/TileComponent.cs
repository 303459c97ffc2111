namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// One component of one tile: rectangle in component coordinates, coding parameters and the
/// resolution/sub-band/precinct/code-block structure built from them (T.800 B.5 to B.7).
/// </summary>
internal sealed class TileComponent
{
    /// <summary>Component index.</summary>
    public int Component { get; init; }

    /// <summary>Left edge tcx0 in component coordinates.</summary>
    public int X0 { get; init; }

    /// <summary>Top edge tcy0.</summary>
    public int Y0 { get; init; }

    /// <summary>Right edge tcx1 (exclusive).</summary>
    public int X1 { get; init; }

    /// <summary>Bottom edge tcy1 (exclusive).</summary>
    public int Y1 { get; init; }

    /// <summary>Coding style in force for this tile-component.</summary>
    public required ComponentCodingStyle Style { get; init; }

    /// <summary>Region-of-interest shift (0 for none).</summary>
    public int RoiShift { get; init; }

    /// <summary>Row pitch of the component plane the tile-component is reconstructed in.</summary>
    public int PlaneWidth { get; init; }

    /// <summary>Index of the tile-component's top-left sample in the component plane.</summary>
    public int PlaneOrigin { get; init; }

    /// <summary>Resolutions 0 to NL.</summary>
    public Resolution[] Resolutions { get; init; } = [];

    /// <summary>Width in samples.</summary>
    public int Width => X1 - X0;

    /// <summary>Height in samples.</summary>
    public int Height => Y1 - Y0;
}
