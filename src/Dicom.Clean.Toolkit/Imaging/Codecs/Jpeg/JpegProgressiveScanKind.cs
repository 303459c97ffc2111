namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>The four kinds of progressive scan (T.81 G.1.2).</summary>
internal enum JpegProgressiveScanKind
{
    /// <summary>DC coefficients, first (most significant) bits.</summary>
    DcFirst,

    /// <summary>DC coefficients, one more bit.</summary>
    DcRefine,

    /// <summary>A band of AC coefficients, first bits.</summary>
    AcFirst,

    /// <summary>A band of AC coefficients, one more bit.</summary>
    AcRefine,
}
