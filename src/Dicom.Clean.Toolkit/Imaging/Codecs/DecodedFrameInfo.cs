namespace Dicom.Clean.Toolkit.Imaging.Codecs;

/// <summary>
/// What a decoder actually produced, where it can differ from the data set's declaration: a JPEG
/// baseline codec converts YBR_FULL_422 to RGB, a JPEG 2000 codestream may state another precision
/// or sign than Bits Stored and Pixel Representation.
/// </summary>
/// <param name="PhotometricInterpretation">Photometric interpretation of the decoded samples.</param>
/// <param name="BitsStored">Precision of the decoded samples.</param>
/// <param name="IsSigned">Whether the decoded samples are two's complement.</param>
public readonly record struct DecodedFrameInfo(string PhotometricInterpretation, int BitsStored, bool IsSigned);
