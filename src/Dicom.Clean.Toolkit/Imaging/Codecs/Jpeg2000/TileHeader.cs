namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Everything the tile-part headers of one tile say, with where its tile-part bodies and packet
/// headers (PPT, PPM) lie in the codestream.
/// </summary>
internal sealed class TileHeader(int index, int componentCount)
{
    /// <summary>Tile index Isot.</summary>
    public int Index { get; } = index;

    /// <summary>Tile-level COD, overriding the main header's.</summary>
    public CodingStyle? Cod { get; set; }

    /// <summary>Tile-level COC per component.</summary>
    public ComponentCodingStyle?[] Coc { get; } = new ComponentCodingStyle?[componentCount];

    /// <summary>Tile-level QCD.</summary>
    public Quantization? Qcd { get; set; }

    /// <summary>Tile-level QCC per component.</summary>
    public Quantization?[] Qcc { get; } = new Quantization?[componentCount];

    /// <summary>Tile-level ROI shift per component (RGN), when given.</summary>
    public int?[] RoiShift { get; } = new int?[componentCount];

    /// <summary>Tile-level progression changes, in order of appearance.</summary>
    public List<ProgressionChange> ProgressionChanges { get; } = [];

    /// <summary>PPT segments: (Zppt, body start, body length).</summary>
    public List<(int Index, int Start, int Length)> PackedHeaders { get; } = [];

    /// <summary>Packed headers taken from the main header's PPM, per tile-part: (start, length) in the PPM buffer.</summary>
    public List<(int Start, int Length)> MainPackedHeaders { get; } = [];

    /// <summary>Tile-part bodies (after SOD): (start, length) in the codestream, in codestream order.</summary>
    public List<(int Start, int Length)> Parts { get; } = [];
}
