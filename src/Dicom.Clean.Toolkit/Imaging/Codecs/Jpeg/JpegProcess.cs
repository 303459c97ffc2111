namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>The T.81 coding process a frame header (SOF0 to SOF3) selects.</summary>
internal enum JpegProcess
{
    /// <summary>SOF0: baseline sequential DCT, 8-bit.</summary>
    Baseline,

    /// <summary>SOF1: extended sequential DCT, 8 or 12-bit.</summary>
    Extended,

    /// <summary>SOF2: progressive DCT.</summary>
    Progressive,

    /// <summary>SOF3: lossless (process 14), 2 to 16-bit.</summary>
    Lossless,
}
