namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>Where the VOI transform of a grayscale rendering comes from.</summary>
public enum VoiSource
{
    /// <summary>
    /// The frame's own window (enhanced multi-frame functional groups), else the first Window
    /// Center/Width, else the first VOI LUT, else the min-max window of the frame.
    /// </summary>
    Automatic = 0,

    /// <summary>The n-th stored window (of the frame's functional groups when it has them).</summary>
    Window = 1,

    /// <summary>The n-th item of the VOI LUT Sequence.</summary>
    LookupTable = 2,

    /// <summary>A window spanning the smallest to the largest modality value of the frame (DCMTK's min-max rule).</summary>
    MinMax = 3,

    /// <summary>The caller's own window.</summary>
    Custom = 4,

    /// <summary>No VOI: the whole possible modality range scaled linearly to the output.</summary>
    None = 5,
}
