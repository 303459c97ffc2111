namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>Which VOI transform to apply; build it with the static members.</summary>
/// <param name="Source">Where the transform comes from.</param>
/// <param name="Index">Zero-based index of the window or VOI LUT, for <see cref="VoiSource.Window"/> and <see cref="VoiSource.LookupTable"/>.</param>
/// <param name="CustomWindow">The window for <see cref="VoiSource.Custom"/>.</param>
/// <param name="Function">The VOI LUT Function for <see cref="VoiSource.Custom"/>; stored windows use the image's.</param>
public readonly record struct VoiOptions(
    VoiSource Source,
    int Index = 0,
    VoiWindow CustomWindow = default,
    VoiLutFunction Function = VoiLutFunction.Linear)
{
    /// <summary>Frame window, else first window, else first VOI LUT, else min-max.</summary>
    public static VoiOptions Automatic => new(VoiSource.Automatic);

    /// <summary>The min-max window of the frame.</summary>
    public static VoiOptions MinMax => new(VoiSource.MinMax);

    /// <summary>No VOI transform.</summary>
    public static VoiOptions None => new(VoiSource.None);

    /// <summary>The stored window at <paramref name="index"/> (zero-based).</summary>
    /// <param name="index">Zero-based window index.</param>
    public static VoiOptions FromWindow(int index) => new(VoiSource.Window, index);

    /// <summary>The VOI LUT Sequence item at <paramref name="index"/> (zero-based).</summary>
    /// <param name="index">Zero-based item index.</param>
    public static VoiOptions FromLookupTable(int index) => new(VoiSource.LookupTable, index);

    /// <summary>The caller's own window.</summary>
    /// <param name="center">Window center in modality units.</param>
    /// <param name="width">Window width in modality units (at least 1, or above 0 for LINEAR_EXACT).</param>
    /// <param name="function">How the window maps values.</param>
    public static VoiOptions Custom(double center, double width, VoiLutFunction function = VoiLutFunction.Linear) =>
        new(VoiSource.Custom, 0, new VoiWindow(center, width), function);
}
