namespace Dicom.Clean.Application.Common.Ports;

/// <summary>A VOI window in modality units (after rescale).</summary>
/// <param name="Center">Window center.</param>
/// <param name="Width">Window width, greater than zero.</param>
public sealed record WindowLevel(double Center, double Width);
