namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// The linear modality transform: Rescale Slope (0028,1053), Rescale Intercept (0028,1052) and
/// Rescale Type (0028,1054). Output units = Slope * stored value + Intercept.
/// </summary>
/// <param name="Slope">Rescale Slope. A slope of 0 is invalid and ignored by the renderer, as DCMTK does.</param>
/// <param name="Intercept">Rescale Intercept.</param>
/// <param name="Type">Rescale Type (for example <c>HU</c>), when present.</param>
public readonly record struct RescaleTransform(double Slope, double Intercept, string? Type = null)
{
    /// <summary>The identity transform (slope 1, intercept 0).</summary>
    public static RescaleTransform Identity { get; } = new(1, 0);

    /// <summary>True when slope and intercept are whole numbers, so modality values stay integers.</summary>
    public bool IsIntegral => Slope == Math.Floor(Slope) && Intercept == Math.Floor(Intercept);
}
