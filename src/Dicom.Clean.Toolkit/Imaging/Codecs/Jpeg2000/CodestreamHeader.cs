namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>The main header of a codestream and the tiles found after it.</summary>
internal sealed class CodestreamHeader(ImageSize size)
{
    /// <summary>The SIZ segment.</summary>
    public ImageSize Size { get; } = size;

    /// <summary>Main COD.</summary>
    public CodingStyle? Cod { get; set; }

    /// <summary>Main COC per component.</summary>
    public ComponentCodingStyle?[] Coc { get; } = new ComponentCodingStyle?[size.Components.Count];

    /// <summary>Main QCD.</summary>
    public Quantization? Qcd { get; set; }

    /// <summary>Main QCC per component.</summary>
    public Quantization?[] Qcc { get; } = new Quantization?[size.Components.Count];

    /// <summary>Main ROI shift per component.</summary>
    public int[] RoiShift { get; } = new int[size.Components.Count];

    /// <summary>Main progression changes.</summary>
    public List<ProgressionChange> ProgressionChanges { get; } = [];

    /// <summary>Concatenated PPM bodies (Zppm order), or null without PPM.</summary>
    public byte[]? PackedHeaders { get; set; }

    /// <summary>Tiles by index; null where no tile-part was found.</summary>
    public TileHeader?[] Tiles { get; } = new TileHeader?[size.TileCount];
}
