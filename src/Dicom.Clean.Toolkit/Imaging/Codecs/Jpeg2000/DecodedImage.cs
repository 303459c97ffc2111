namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>A decoded JPEG 2000 image: its size on the reference grid and its components.</summary>
/// <param name="Width">Xsiz - XOsiz.</param>
/// <param name="Height">Ysiz - YOsiz.</param>
/// <param name="OffsetX">XOsiz.</param>
/// <param name="OffsetY">YOsiz.</param>
/// <param name="Components">Decoded components.</param>
/// <param name="ComponentTransform">True when RCT or ICT was inverted (the first three components are RGB).</param>
/// <param name="HighThroughput">True when any code-block used the HTJ2K block coder.</param>
internal sealed record DecodedImage(int Width, int Height, int OffsetX, int OffsetY, IReadOnlyList<DecodedComponent> Components,
    bool ComponentTransform, bool HighThroughput);
