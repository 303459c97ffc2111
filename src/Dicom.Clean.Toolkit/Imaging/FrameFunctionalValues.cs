namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// Per-frame rendering values of an enhanced multi-frame image: the Frame VOI LUT and Pixel Value
/// Transformation functional groups of one frame, with the shared groups already merged in.
/// </summary>
/// <param name="Windows">The frame's windows (Frame VOI LUT Sequence); empty when it has none.</param>
/// <param name="VoiLutFunction">The frame's VOI LUT Function, or null to use the image's.</param>
/// <param name="Rescale">The frame's Pixel Value Transformation, or null to use the image's.</param>
public sealed record FrameFunctionalValues(
    IReadOnlyList<VoiWindow> Windows,
    VoiLutFunction? VoiLutFunction = null,
    RescaleTransform? Rescale = null);
