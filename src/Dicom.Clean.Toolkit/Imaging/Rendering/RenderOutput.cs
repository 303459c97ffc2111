namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>What a rendering produces.</summary>
public enum RenderOutput
{
    /// <summary>8-bit grayscale or 8-bit RGB for display, after every LUT stage.</summary>
    Display = 0,

    /// <summary>
    /// 16-bit grayscale of the modality values (rescale or Modality LUT applied, no VOI), for
    /// lossless export; monochrome images only. See <see cref="RenderedFrame.ModalityOffset"/>.
    /// </summary>
    Modality16 = 1,
}
