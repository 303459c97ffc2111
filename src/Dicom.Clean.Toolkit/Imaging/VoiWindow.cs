namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// One VOI window: a value of Window Center (0028,1050) and Window Width (0028,1051), with its
/// Window Center &amp; Width Explanation (0028,1055) when present.
/// </summary>
/// <param name="Center">Window center, in modality units.</param>
/// <param name="Width">Window width, in modality units; a width below 1 is no window (PS3.3 C.11.2.1.2).</param>
/// <param name="Explanation">Free-text explanation, e.g. <c>BONE</c>.</param>
public readonly record struct VoiWindow(double Center, double Width, string? Explanation = null);
