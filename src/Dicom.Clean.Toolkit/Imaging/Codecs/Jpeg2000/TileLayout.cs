namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// One tile ready for packet decoding: its rectangle on the reference grid, the coding style in
/// force (main header overridden by the tile's) and the structure of each component.
/// </summary>
internal sealed class TileLayout
{
    /// <summary>Tile index.</summary>
    public int Index { get; init; }

    /// <summary>tx0 on the reference grid.</summary>
    public int X0 { get; init; }

    /// <summary>ty0.</summary>
    public int Y0 { get; init; }

    /// <summary>tx1 (exclusive).</summary>
    public int X1 { get; init; }

    /// <summary>ty1 (exclusive).</summary>
    public int Y1 { get; init; }

    /// <summary>Tile-wide coding style (progression, layers, MCT, SOP/EPH).</summary>
    public required CodingStyle Style { get; init; }

    /// <summary>Progression changes in force (tile's, else main header's); empty for none.</summary>
    public required IReadOnlyList<ProgressionChange> ProgressionChanges { get; init; }

    /// <summary>Tile-components.</summary>
    public required TileComponent[] Components { get; init; }
}
