using Dicom.Clean.Toolkit.Imaging.Codecs;

namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// Renders one decoded frame to display pixels (8-bit grayscale or RGB) or to 16-bit modality
/// values. Grayscale goes through one precomputed table per frame (modality, VOI, presentation);
/// colour through DCMTK's YBR and palette conversions; overlays are burned in on request.
/// </summary>
/// <remarks>Stateless and thread-safe; every call allocates only its pooled output and transient pooled tables.</remarks>
public static class FrameRenderer
{
    /// <summary>Renders a decoded frame.</summary>
    /// <param name="image">The image's attributes.</param>
    /// <param name="frameIndex">Zero-based frame index (for per-frame values and overlays).</param>
    /// <param name="decodedFrame">
    /// The frame in the toolkit's decoded layout (see <see cref="FrameDescriptor.DecodedLength"/>), as a
    /// native or codec decoder produced it, or the stored bytes themselves when they already are.
    /// </param>
    /// <param name="decoded">
    /// What the decoder produced where it differs from the attributes (photometric interpretation,
    /// precision, sign), or null to take the attributes as they are.
    /// </param>
    /// <param name="options">How to render; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The rendered frame in a pooled buffer; dispose it after use.</returns>
    /// <exception cref="DicomException">The attributes or the frame cannot be rendered.</exception>
    public static RenderedFrame Render(
        ImagePixelAttributes image, int frameIndex, ReadOnlySpan<byte> decodedFrame, DecodedFrameInfo? decoded = null,
        RenderOptions? options = null)
    {
        options ??= RenderOptions.Default;
        image.Validate();
        var descriptor = image.ToFrameDescriptor();
        if (decodedFrame.Length < descriptor.DecodedLength)
        {
            throw new DicomException(
                $"Decoded frame has {decodedFrame.Length} bytes, {descriptor.DecodedLength} expected", frame: frameIndex);
        }

        var photometric = decoded?.PhotometricInterpretation ?? image.PhotometricInterpretation;
        var format = StoredFormat(image, decoded);
        var pixels = image.Rows * image.Columns;

        var kind = KindOf(image, photometric, options, frameIndex);
        var outputFormat = kind switch
        {
            FrameKind.Palette or FrameKind.Color => RenderedPixelFormat.Rgb24,
            _ => options.Output == RenderOutput.Modality16 ? RenderedPixelFormat.Gray16 : RenderedPixelFormat.Gray8,
        };
        var output = new RenderedFrame(image.Columns, image.Rows, outputFormat);
        try
        {
            switch (kind)
            {
                case FrameKind.Palette:
                    ColorRenderer.RenderPalette(decodedFrame, format, image.Palette!, pixels, output.WritablePixels);
                    break;
                case FrameKind.Color:
                    ColorRenderer.RenderThreeSamples(decodedFrame, format, photometric, pixels, output.WritablePixels);
                    break;
                default:
                    GrayscaleRenderer.Render(image, frameIndex, decodedFrame, format, options, output);
                    if (options.BurnInOverlays && outputFormat == RenderedPixelFormat.Gray8 && image.Overlays.Count > 0)
                    {
                        OverlayBurner.Burn(
                            output.WritablePixels, image.Rows, image.Columns, image.Overlays, frameIndex, decodedFrame, descriptor.BytesPerSample);
                    }

                    break;
            }

            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    private enum FrameKind
    {
        Grayscale,
        Palette,
        Color,
    }

    private static FrameKind KindOf(ImagePixelAttributes image, string photometric, RenderOptions options, int frameIndex)
    {
        FrameKind kind;
        if (image.SamplesPerPixel == 3)
        {
            kind = FrameKind.Color;
        }
        else if (photometric == PhotometricInterpretations.PaletteColor)
        {
            if (image.Palette is null)
            {
                throw new DicomException("PALETTE COLOR image has no palette lookup tables", frame: frameIndex);
            }

            kind = FrameKind.Palette;
        }
        else if (PhotometricInterpretations.IsMonochrome(photometric))
        {
            return FrameKind.Grayscale;
        }
        else
        {
            throw new DicomException(
                $"Photometric interpretation '{photometric}' with one sample per pixel cannot be rendered", frame: frameIndex);
        }

        if (options.Output == RenderOutput.Modality16)
        {
            throw new DicomException($"16-bit modality output needs a monochrome image, not {photometric}", frame: frameIndex);
        }

        if (image.SampleFormat != PixelSampleFormat.Integer)
        {
            throw new DicomException("Float pixel data must be monochrome", frame: frameIndex);
        }

        return kind;
    }

    private static StoredValueFormat StoredFormat(ImagePixelAttributes image, DecodedFrameInfo? decoded)
    {
        if (decoded is not { } info || (info.BitsStored == image.BitsStored && info.IsSigned == image.IsSigned))
        {
            return new StoredValueFormat(image.BitsAllocated, image.BitsStored, image.EffectiveHighBit, image.IsSigned);
        }

        // Codecs deliver their own precision right-aligned; trust it where it differs from the data set.
        var bitsStored = Math.Clamp(info.BitsStored, 1, image.BitsAllocated);
        return new StoredValueFormat(image.BitsAllocated, bitsStored, bitsStored - 1, info.IsSigned);
    }
}
