namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>How the components of a JPEG-LS scan are interleaved (ILV in the SOS segment, T.87 C.2.3).</summary>
internal enum JpegLsInterleaveMode
{
    /// <summary>One component per scan.</summary>
    None = 0,

    /// <summary>One line (or V lines for a subsampled component) of each component in turn.</summary>
    Line = 1,

    /// <summary>One sample of each component in turn.</summary>
    Sample = 2,
}
