using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// Renders frame N of a DICOM image in one call: reads the attributes, decodes the frame, renders it.
/// Stateless and thread-safe.
/// </summary>
public sealed class ImageRenderer
{
    /// <summary>Creates a renderer decoding frames with <paramref name="decoder"/>.</summary>
    /// <param name="decoder">The frame decoder (and so the codecs).</param>
    public ImageRenderer(FrameDecoder decoder)
    {
        ArgumentNullException.ThrowIfNull(decoder);
        Decoder = decoder;
    }

    /// <summary>A renderer over <see cref="FrameDecoder.Default"/>.</summary>
    public static ImageRenderer Default { get; } = new(FrameDecoder.Default);

    /// <summary>The frame decoder.</summary>
    public FrameDecoder Decoder { get; }

    /// <summary>Renders a frame of a file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="frameIndex">Zero-based frame index.</param>
    /// <param name="options">How to render; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The rendered frame; dispose it after use.</returns>
    /// <exception cref="DicomException">The data set has no pixel data, or the frame cannot be decoded or rendered.</exception>
    public RenderedFrame Render(DicomFile file, int frameIndex = 0, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Render(file.Dataset, file.TransferSyntax, frameIndex, options);
    }

    /// <summary>Renders a frame of a data set read with <paramref name="transferSyntax"/>.</summary>
    /// <param name="dataset">The data set.</param>
    /// <param name="transferSyntax">Its transfer syntax.</param>
    /// <param name="frameIndex">Zero-based frame index.</param>
    /// <param name="options">How to render; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The rendered frame; dispose it after use.</returns>
    /// <exception cref="DicomException">The data set has no pixel data, or the frame cannot be decoded or rendered.</exception>
    public RenderedFrame Render(DicomDataset dataset, DicomTransferSyntax transferSyntax, int frameIndex = 0, RenderOptions? options = null)
    {
        var pixelData = DicomPixelData.Find(dataset, transferSyntax) ?? throw new DicomException("The data set has no pixel data");
        var image = ImagePixelAttributesReader.Read(dataset);
        using var frame = Decoder.Decode(pixelData, image, frameIndex);
        return FrameRenderer.Render(image, frameIndex, frame.Bytes, frame.Info, options);
    }
}
