using System.Buffers;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Native;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// Decodes frame N of a data set's pixel data: native frames through <see cref="NativeFrameDecoder"/>
/// (in place when they already are in the decoded layout), encapsulated frames through the
/// <see cref="PixelDecoderRegistry"/>. Stateless and thread-safe.
/// </summary>
public sealed class FrameDecoder
{
    /// <summary>Creates a decoder using <paramref name="registry"/> for encapsulated syntaxes.</summary>
    /// <param name="registry">The codecs.</param>
    public FrameDecoder(PixelDecoderRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        Registry = registry;
    }

    /// <summary>A decoder over <see cref="PixelDecoderRegistry.Default"/>.</summary>
    public static FrameDecoder Default { get; } = new(PixelDecoderRegistry.Default);

    /// <summary>The codecs of encapsulated transfer syntaxes.</summary>
    public PixelDecoderRegistry Registry { get; }

    /// <summary>Decodes one frame.</summary>
    /// <param name="pixelData">The pixel data (from <see cref="DicomPixelData.Find(DicomFile)"/>).</param>
    /// <param name="image">The image's attributes (from <see cref="ImagePixelAttributesReader.Read"/>).</param>
    /// <param name="frameIndex">Zero-based frame index.</param>
    /// <returns>The decoded frame; dispose it after use.</returns>
    /// <exception cref="DicomException">
    /// The frame does not exist, the data are shorter than declared, the codestream is damaged, or no
    /// codec handles the transfer syntax ("cannot decode ...").
    /// </exception>
    public DecodedFrame Decode(DicomPixelData pixelData, ImagePixelAttributes image, int frameIndex)
    {
        ArgumentNullException.ThrowIfNull(pixelData);
        ArgumentNullException.ThrowIfNull(image);
        image.Validate();
        if (frameIndex < 0 || frameIndex >= image.NumberOfFrames)
        {
            throw new DicomException($"Frame {frameIndex + 1} was requested but the image has {image.NumberOfFrames}", frame: frameIndex);
        }

        var descriptor = image.ToFrameDescriptor();
        return pixelData.IsEncapsulated
            ? DecodeEncapsulated(pixelData, descriptor, frameIndex)
            : DecodeNative(pixelData, image, descriptor, frameIndex);
    }

    private DecodedFrame DecodeEncapsulated(DicomPixelData pixelData, FrameDescriptor descriptor, int frameIndex)
    {
        var decoder = Registry.GetDecoder(pixelData.TransferSyntax.Uid);
        var codestream = pixelData.GetFrameBytes(frameIndex);
        var length = (int)descriptor.DecodedLength;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var info = decoder.Decode(codestream.Span, descriptor, frameIndex, buffer.AsSpan(0, length));
            return new DecodedFrame(buffer.AsMemory(0, length), buffer, info, frameIndex);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static DecodedFrame DecodeNative(DicomPixelData pixelData, ImagePixelAttributes image, FrameDescriptor descriptor, int frameIndex)
    {
        var format = new NativePixelFormat(descriptor, pixelData.IsBigEndian, pixelData.Element.VR == DicomVR.OW);
        var value = pixelData.Element.GetValueRange();

        // A truncated element declares more than its source holds: only what is there counts.
        var available = value.Source is null ? 0 : Math.Min(value.Length, Math.Max(0, value.Source.Length - value.Offset));
        var range = NativeFrameDecoder.GetFrameRange(format, frameIndex, available);
        var stored = value.Slice(range.Offset, range.Length);
        var info = new DecodedFrameInfo(image.PhotometricInterpretation, image.BitsStored, image.IsSigned);
        var length = (int)descriptor.DecodedLength;

        if (NativeFrameDecoder.IsDecodedLayout(format, range) && stored.TryGetMemory(out var inPlace))
        {
            return new DecodedFrame(inPlace[..length], null, info, frameIndex);
        }

        var output = ArrayPool<byte>.Shared.Rent(length);
        byte[]? copy = null;
        try
        {
            ReadOnlySpan<byte> source;
            if (stored.TryGetMemory(out var memory))
            {
                source = memory.Span;
            }
            else
            {
                // File and stream sources: read the frame's bytes once.
                copy = ArrayPool<byte>.Shared.Rent((int)range.Length);
                stored.CopyTo(copy.AsSpan(0, (int)range.Length));
                source = copy.AsSpan(0, (int)range.Length);
            }

            NativeFrameDecoder.Decode(source, format, range, frameIndex, output.AsSpan(0, length));
            return new DecodedFrame(output.AsMemory(0, length), output, info, frameIndex);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(output);
            throw;
        }
        finally
        {
            if (copy is not null)
            {
                ArrayPool<byte>.Shared.Return(copy);
            }
        }
    }
}
