using System.Buffers;
using Dicom.Clean.Toolkit.Imaging.Codecs;

namespace Dicom.Clean.Toolkit.Imaging.Native;

/// <summary>
/// Turns native (uncompressed) frames into the toolkit's decoded layout (see
/// <see cref="FrameDescriptor.DecodedLength"/>): little endian, samples interleaved, 1-bit pixels
/// unpacked to one byte each, 4:2:2 chroma upsampled. Stored values are kept as stored: masking to
/// Bits Stored and sign extension are left to the renderer.
/// </summary>
/// <remarks>
/// Use <see cref="GetFrameRange"/> to find which bytes of the pixel data value a frame needs, then
/// pass exactly those bytes to <see cref="Decode(ReadOnlySpan{byte}, in NativePixelFormat, in NativeFrameRange, int, Span{byte})"/>.
/// When <see cref="IsDecodedLayout"/> is true the stored bytes already are the decoded frame and can
/// be rendered in place, without a copy.
/// </remarks>
public static class NativeFrameDecoder
{
    /// <summary>Locates a frame inside a pixel data value of <paramref name="valueLength"/> bytes.</summary>
    /// <param name="format">How the frames are stored.</param>
    /// <param name="frameIndex">Zero-based frame index.</param>
    /// <param name="valueLength">Length of the whole pixel data value, in bytes.</param>
    /// <returns>The byte range to read and the bits to skip inside it.</returns>
    /// <exception cref="DicomException">The value is too short to hold the frame.</exception>
    public static NativeFrameRange GetFrameRange(in NativePixelFormat format, int frameIndex, long valueLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(frameIndex);
        CheckSupported(format, frameIndex);
        var frameBits = format.StoredFrameBits;
        var startBit = frameIndex * frameBits;
        var endBit = startBit + frameBits;
        var start = startBit >> 3;
        var end = (endBit + 7) >> 3;
        if (end > valueLength)
        {
            throw new DicomException(
                $"Pixel data is shorter than declared: the frame needs bytes {start} to {end} but the value has {valueLength}",
                frame: frameIndex);
        }

        var leadingBits = (int)(startBit & 7);
        if (format.NeedsByteSwap && format.SwapUnit == 2)
        {
            // Swapping pairs must start on a word boundary of the whole value, not of the frame.
            if ((start & 1) == 1)
            {
                start--;
                leadingBits += 8;
            }

            end = Math.Min(end + (end & 1), valueLength);
        }

        return new NativeFrameRange(start, end - start, leadingBits);
    }

    /// <summary>True when the stored bytes of the range already are the decoded frame (no swap, no unpacking, no reordering).</summary>
    /// <param name="format">How the frames are stored.</param>
    /// <param name="range">The frame's range from <see cref="GetFrameRange"/>.</param>
    public static bool IsDecodedLayout(in NativePixelFormat format, in NativeFrameRange range) =>
        range.LeadingBits == 0
        && format.Frame.BitsAllocated >= 8
        && !format.NeedsByteSwap
        && !format.IsSubsampled422
        && (format.Frame.SamplesPerPixel == 1 || format.Frame.PlanarConfiguration == 0);

    /// <summary>
    /// Decodes frame <paramref name="frameIndex"/> from the whole pixel data value (when it fits in memory as one span).
    /// </summary>
    /// <param name="value">The whole pixel data value.</param>
    /// <param name="format">How the frames are stored.</param>
    /// <param name="frameIndex">Zero-based frame index.</param>
    /// <param name="destination">At least <see cref="FrameDescriptor.DecodedLength"/> bytes.</param>
    /// <exception cref="DicomException">The value is too short to hold the frame.</exception>
    public static void Decode(ReadOnlySpan<byte> value, in NativePixelFormat format, int frameIndex, Span<byte> destination)
    {
        var range = GetFrameRange(format, frameIndex, value.Length);
        Decode(value.Slice((int)range.Offset, (int)range.Length), format, range, frameIndex, destination);
    }

    /// <summary>Decodes one frame from the bytes of its range.</summary>
    /// <param name="rangeBytes">The bytes <paramref name="range"/> designates (at least <see cref="NativeFrameRange.Length"/>).</param>
    /// <param name="format">How the frames are stored.</param>
    /// <param name="range">The frame's range from <see cref="GetFrameRange"/>.</param>
    /// <param name="frameIndex">Zero-based frame index, for error messages.</param>
    /// <param name="destination">At least <see cref="FrameDescriptor.DecodedLength"/> bytes.</param>
    /// <exception cref="DicomException">Fewer bytes were given than the range needs.</exception>
    public static void Decode(
        ReadOnlySpan<byte> rangeBytes, in NativePixelFormat format, in NativeFrameRange range, int frameIndex, Span<byte> destination)
    {
        var frame = format.Frame;
        CheckSupported(format, frameIndex);
        if (rangeBytes.Length < range.Length)
        {
            throw new DicomException(
                $"Pixel data is shorter than declared: {rangeBytes.Length} bytes given, the frame needs {range.Length}",
                frame: frameIndex);
        }

        var decodedLength = frame.DecodedLength;
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, decodedLength, nameof(destination));
        destination = destination[..(int)decodedLength];
        rangeBytes = rangeBytes[..(int)range.Length];

        byte[]? rented = null;
        try
        {
            var stored = rangeBytes;
            if (format.NeedsByteSwap)
            {
                if (IsSwapOnly(format, range))
                {
                    PixelLayout.SwapBytes(rangeBytes[..destination.Length], destination, format.SwapUnit);
                    return;
                }

                rented = ArrayPool<byte>.Shared.Rent(rangeBytes.Length);
                var swapped = rented.AsSpan(0, rangeBytes.Length);
                PixelLayout.SwapBytes(rangeBytes, swapped, format.SwapUnit);
                stored = swapped;
            }

            Arrange(stored, format, range.LeadingBits, destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static void CheckSupported(in NativePixelFormat format, int frameIndex)
    {
        var frame = format.Frame;
        if (frame.BitsAllocated == 1 && frame.SamplesPerPixel != 1)
        {
            throw new DicomException("1-bit pixel data with more than one sample per pixel is not supported", frame: frameIndex);
        }

        if (format.IsSubsampled422 && (frame.PixelCount & 1) == 1)
        {
            throw new DicomException(
                $"{frame.PhotometricInterpretation} needs an even number of pixels per frame, this one has {frame.PixelCount}",
                frame: frameIndex);
        }

        if (frame.DecodedLength > Array.MaxLength)
        {
            throw new DicomException($"A decoded frame of {frame.DecodedLength} bytes is too large", frame: frameIndex);
        }
    }

    private static bool IsSwapOnly(in NativePixelFormat format, in NativeFrameRange range) =>
        range.LeadingBits == 0
        && format.Frame.BitsAllocated > 8
        && !format.IsSubsampled422
        && (format.Frame.SamplesPerPixel == 1 || format.Frame.PlanarConfiguration == 0);

    private static void Arrange(ReadOnlySpan<byte> stored, in NativePixelFormat format, int leadingBits, Span<byte> destination)
    {
        var frame = format.Frame;
        if (frame.BitsAllocated == 1)
        {
            PixelLayout.UnpackBits(stored, leadingBits, destination);
            return;
        }

        var samples = stored[(leadingBits >> 3)..];
        if (format.IsSubsampled422)
        {
            PixelLayout.Upsample422(samples, destination, frame.PixelCount, frame.BytesPerSample);
        }
        else if (frame.SamplesPerPixel == 3 && frame.PlanarConfiguration == 1)
        {
            PixelLayout.InterleavePlanes(samples, destination, frame.PixelCount, frame.BytesPerSample);
        }
        else
        {
            samples[..destination.Length].CopyTo(destination);
        }
    }
}
