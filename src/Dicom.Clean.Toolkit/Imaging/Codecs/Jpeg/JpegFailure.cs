namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>Builds the toolkit's exception for a damaged or unsupported JPEG stream.</summary>
internal static class JpegFailure
{
    public static DicomException At(string reason, long offset, int frameIndex) =>
        new("JPEG: " + reason, offset, frame: frameIndex);
}
