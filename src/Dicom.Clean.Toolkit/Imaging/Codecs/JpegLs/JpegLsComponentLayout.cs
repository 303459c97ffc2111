namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>Where one component's samples go in an output buffer, counted in samples (not bytes).</summary>
/// <param name="Offset">Position of the component's first sample.</param>
/// <param name="PixelStride">Distance between horizontally adjacent samples of the component.</param>
/// <param name="RowStride">Distance between vertically adjacent samples of the component.</param>
internal readonly record struct JpegLsComponentLayout(int Offset, int PixelStride, int RowStride);
