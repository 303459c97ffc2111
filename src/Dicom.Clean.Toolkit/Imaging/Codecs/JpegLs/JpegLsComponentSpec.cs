namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>One component of a JPEG-LS frame header (SOF55): identifier and sampling factors.</summary>
/// <param name="Id">Component identifier Ci, as scans refer to it.</param>
/// <param name="HorizontalSampling">Hi, 1 to 4.</param>
/// <param name="VerticalSampling">Vi, 1 to 4.</param>
internal readonly record struct JpegLsComponentSpec(byte Id, int HorizontalSampling, int VerticalSampling);
