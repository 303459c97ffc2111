namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>PNG row filter (PNG specification, section 9): trades encoding time for compressed size.</summary>
public enum PngFilter
{
    /// <summary>No filter: fastest, largest.</summary>
    None = 0,

    /// <summary>Difference from the pixel to the left.</summary>
    Sub = 1,

    /// <summary>Difference from the pixel above; vectorised, a good default for medical images.</summary>
    Up = 2,

    /// <summary>Difference from the mean of left and above.</summary>
    Average = 3,

    /// <summary>Difference from the Paeth predictor: usually smallest of the fixed filters, slowest.</summary>
    Paeth = 4,

    /// <summary>Per row, the filter with the smallest sum of absolute differences (the specification's heuristic).</summary>
    Adaptive = 5,
}
