namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>How to render a frame.</summary>
public sealed record RenderOptions
{
    /// <summary>Display rendering with the automatic VOI choice and overlays burned in.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>The VOI transform of grayscale images (ignored for colour).</summary>
    public VoiOptions Voi { get; init; } = VoiOptions.Automatic;

    /// <summary>
    /// Whether windows and rescale from enhanced multi-frame functional groups are used. DCMTK 3.6.7
    /// ignores them; turn this off to reproduce its output.
    /// </summary>
    public bool UseFrameFunctionalGroups { get; init; } = true;

    /// <summary>Whether overlay planes are burned into grayscale display output, as dcmj2pnm does by default.</summary>
    public bool BurnInOverlays { get; init; } = true;

    /// <summary>Display (8-bit) or modality values (16-bit grayscale).</summary>
    public RenderOutput Output { get; init; } = RenderOutput.Display;
}
