namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// The HP colour transforms an APP8 "mrfx" segment may declare (HP's LOCO-I extension, as CharLS
/// writes it). They are outside T.87: a decoder undoes them after decoding the three components.
/// </summary>
internal enum JpegLsColorTransform
{
    /// <summary>No transform: the components are the image's samples.</summary>
    None = 0,

    /// <summary>HP1: R-G and B-G differences, G kept.</summary>
    Hp1 = 1,

    /// <summary>HP2: R-G, G, and B minus the mean of R and G.</summary>
    Hp2 = 2,

    /// <summary>HP3: a reversible luminance with B-G and R-G differences.</summary>
    Hp3 = 3,
}
