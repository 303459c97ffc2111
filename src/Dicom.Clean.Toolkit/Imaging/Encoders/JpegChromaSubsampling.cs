namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>Chroma resolution of colour JPEG output.</summary>
public enum JpegChromaSubsampling
{
    /// <summary>4:2:0: one chroma sample per 2x2 pixels; smallest files, the usual choice for photographs and previews.</summary>
    Yuv420 = 0,

    /// <summary>4:4:4: full chroma resolution; sharper colour edges (annotations, colour maps).</summary>
    Yuv444 = 1,
}
