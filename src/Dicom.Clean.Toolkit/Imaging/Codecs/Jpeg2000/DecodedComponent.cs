namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>One decoded image component: samples row by row at the component's own resolution.</summary>
/// <param name="Samples">Width x Height samples, already level-shifted and clamped to the precision.</param>
/// <param name="Width">Samples per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="Precision">Bit depth from SIZ.</param>
/// <param name="IsSigned">Two's complement samples.</param>
/// <param name="SubsamplingX">XRsiz.</param>
/// <param name="SubsamplingY">YRsiz.</param>
internal sealed record DecodedComponent(int[] Samples, int Width, int Height, int Precision, bool IsSigned, int SubsamplingX, int SubsamplingY);
