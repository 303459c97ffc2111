namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>Defined terms of Photometric Interpretation (0028,0004) that the renderer understands.</summary>
public static class PhotometricInterpretations
{
    /// <summary>Grayscale, minimum value displayed white.</summary>
    public const string Monochrome1 = "MONOCHROME1";

    /// <summary>Grayscale, minimum value displayed black.</summary>
    public const string Monochrome2 = "MONOCHROME2";

    /// <summary>One sample per pixel indexing the Palette Color Lookup Tables.</summary>
    public const string PaletteColor = "PALETTE COLOR";

    /// <summary>Red, green, blue.</summary>
    public const string Rgb = "RGB";

    /// <summary>Luminance and chrominance, full range, one of each per pixel.</summary>
    public const string YbrFull = "YBR_FULL";

    /// <summary>Luminance and chrominance, full range, chrominance shared by two horizontal pixels.</summary>
    public const string YbrFull422 = "YBR_FULL_422";

    /// <summary>Luminance and chrominance, studio range, chrominance shared by two horizontal pixels (retired for native data).</summary>
    public const string YbrPartial422 = "YBR_PARTIAL_422";

    /// <summary>Luminance and chrominance, studio range, chrominance shared by 2x2 pixels (MPEG).</summary>
    public const string YbrPartial420 = "YBR_PARTIAL_420";

    /// <summary>JPEG 2000 irreversible colour transform; decoders undo it and deliver RGB.</summary>
    public const string YbrIct = "YBR_ICT";

    /// <summary>JPEG 2000 reversible colour transform; decoders undo it and deliver RGB.</summary>
    public const string YbrRct = "YBR_RCT";

    /// <summary>True for MONOCHROME1 and MONOCHROME2.</summary>
    public static bool IsMonochrome(string photometric) =>
        photometric is Monochrome1 or Monochrome2;

    /// <summary>True for the chroma-subsampled forms whose native data hold two luminance samples per chroma pair.</summary>
    public static bool IsSubsampled422(string photometric) =>
        photometric is YbrFull422 or YbrPartial422;
}
