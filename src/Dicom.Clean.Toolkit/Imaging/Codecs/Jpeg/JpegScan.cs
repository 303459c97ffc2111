namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>A scan header (SOS, T.81 B.2.3).</summary>
/// <param name="Components">The components in the scan, in scan order.</param>
/// <param name="SpectralStart">Ss: first DCT coefficient, or the lossless predictor.</param>
/// <param name="SpectralEnd">Se: last DCT coefficient.</param>
/// <param name="ApproximationHigh">Ah: successive-approximation bit of the previous scan.</param>
/// <param name="ApproximationLow">Al: successive-approximation bit, or the lossless point transform.</param>
/// <param name="Offset">Byte offset of the SOS marker, for error messages.</param>
internal readonly record struct JpegScan(
    JpegComponent[] Components,
    int SpectralStart,
    int SpectralEnd,
    int ApproximationHigh,
    int ApproximationLow,
    int Offset);
