namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>What a JPEG-LS scan header (SOS, T.87 C.2.3) declares.</summary>
/// <param name="ComponentIndices">Frame indices of the scan's components, in scan order.</param>
/// <param name="Near">NEAR: the largest allowed reconstruction error, 0 for lossless.</param>
/// <param name="InterleaveMode">ILV.</param>
/// <param name="Offset">Offset of the SOS marker, for errors.</param>
internal sealed record JpegLsScanHeader(int[] ComponentIndices, int Near, JpegLsInterleaveMode InterleaveMode, int Offset);
