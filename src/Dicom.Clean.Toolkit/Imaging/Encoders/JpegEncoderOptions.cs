namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>Settings of <see cref="JpegEncoder"/>.</summary>
public sealed record JpegEncoderOptions
{
    /// <summary>Quality 90, 4:2:0.</summary>
    public static JpegEncoderOptions Default { get; } = new();

    /// <summary>
    /// Quality 1 to 100, scaling the example tables of ITU-T T.81 Annex K the way the IJG library
    /// does (50 = the tables as printed; 100 = all ones).
    /// </summary>
    public int Quality { get; init; } = 90;

    /// <summary>Chroma subsampling of colour images (ignored for grey).</summary>
    public JpegChromaSubsampling ChromaSubsampling { get; init; } = JpegChromaSubsampling.Yuv420;
}
