namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>One component as SIZ declares it.</summary>
/// <param name="Precision">Bit depth, 1 to 38.</param>
/// <param name="IsSigned">Two's complement samples.</param>
/// <param name="SubsamplingX">Horizontal separation XRsiz, 1 to 255.</param>
/// <param name="SubsamplingY">Vertical separation YRsiz, 1 to 255.</param>
internal readonly record struct ImageComponentSize(int Precision, bool IsSigned, int SubsamplingX, int SubsamplingY);
