using System.Buffers;
using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Imaging.Native;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Rle;

/// <summary>
/// RLE Lossless (PS3.5 Annex G): a 64-byte header of up to 15 segment offsets, then one PackBits
/// segment per byte of each sample, most significant byte first. Handles 1, 8, 16, 32 and 64-bit
/// samples, 1 or 3 samples per pixel, and packed 1-bit frames. Stateless and thread-safe.
/// </summary>
public sealed class RleLosslessDecoder : IPixelDecoder
{
    /// <summary>RLE Lossless transfer syntax UID.</summary>
    public const string TransferSyntaxUid = "1.2.840.10008.1.2.5";

    private const int HeaderLength = 64;
    private const int MaxSegments = 15;

    /// <inheritdoc />
    public IReadOnlyList<string> TransferSyntaxUids { get; } = [TransferSyntaxUid];

    /// <inheritdoc />
    public DecodedFrameInfo Decode(ReadOnlySpan<byte> encoded, in FrameDescriptor frame, int frameIndex, Span<byte> destination)
    {
        var oneBit = frame.BitsAllocated == 1;
        if (oneBit && frame.SamplesPerPixel != 1)
        {
            throw new DicomException("RLE 1-bit data with more than one sample per pixel is not supported", frame: frameIndex);
        }

        var decodedLength = frame.DecodedLength;
        if (decodedLength > Array.MaxLength)
        {
            throw new DicomException($"A decoded frame of {decodedLength} bytes is too large", frame: frameIndex);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, decodedLength, nameof(destination));
        var bytesPerSample = frame.BytesPerSample;
        var expected = oneBit ? 1 : frame.SamplesPerPixel * bytesPerSample;
        Span<int> offsets = stackalloc int[MaxSegments + 1];
        var segments = ReadHeader(encoded, expected, frameIndex, offsets);

        var pixels = checked((int)frame.PixelCount);
        if (oneBit)
        {
            DecodePackedBits(encoded, offsets, pixels, frameIndex, destination[..pixels]);
        }
        else
        {
            var stride = frame.SamplesPerPixel * bytesPerSample;
            for (var s = 0; s < expected; s++)
            {
                // Segment s holds byte (s % bytesPerSample) of sample (s / bytesPerSample), most significant first.
                var sample = s / bytesPerSample;
                var byteInSample = bytesPerSample - 1 - (s % bytesPerSample);
                var start = (sample * bytesPerSample) + byteInSample;
                var produced = PackBits.Decode(Segment(encoded, offsets, s, segments), destination, start, stride, pixels);
                RequireComplete(produced, pixels, s, offsets[s], frameIndex);
            }
        }

        return new DecodedFrameInfo(frame.PhotometricInterpretation, frame.BitsStored, frame.IsSigned);
    }

    private static int ReadHeader(ReadOnlySpan<byte> encoded, int expected, int frameIndex, Span<int> offsets)
    {
        if (encoded.Length < HeaderLength)
        {
            throw new DicomException($"RLE frame of {encoded.Length} bytes is shorter than its 64-byte header", 0, frame: frameIndex);
        }

        var count = BinaryPrimitives.ReadUInt32LittleEndian(encoded);
        if (count is 0 or > MaxSegments)
        {
            throw new DicomException($"RLE header declares {count} segments (1 to 15 allowed)", 0, frame: frameIndex);
        }

        if (count < expected)
        {
            throw new DicomException($"RLE header declares {count} segments, the image needs {expected}", 0, frame: frameIndex);
        }

        var segments = (int)count;
        for (var i = 0; i < segments; i++)
        {
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(encoded[(4 + (4 * i))..]);
            var previous = i == 0 ? HeaderLength : offsets[i - 1];
            if (offset < previous || offset > (uint)encoded.Length)
            {
                throw new DicomException(
                    $"RLE segment {i + 1} starts at {offset}, outside {previous} to {encoded.Length}", 4 + (4 * i), frame: frameIndex);
            }

            offsets[i] = (int)offset;
        }

        offsets[segments] = encoded.Length;
        return segments;
    }

    private static ReadOnlySpan<byte> Segment(ReadOnlySpan<byte> encoded, ReadOnlySpan<int> offsets, int index, int segments) =>
        encoded[offsets[index]..(index + 1 < segments ? offsets[index + 1] : offsets[segments])];

    private static void DecodePackedBits(
        ReadOnlySpan<byte> encoded, ReadOnlySpan<int> offsets, int pixels, int frameIndex, Span<byte> destination)
    {
        var packedLength = (pixels + 7) / 8;
        var rented = ArrayPool<byte>.Shared.Rent(packedLength);
        try
        {
            var packed = rented.AsSpan(0, packedLength);
            var produced = PackBits.Decode(encoded[offsets[0]..offsets[1]], packed, 0, 1, packedLength);
            RequireComplete(produced, packedLength, 0, offsets[0], frameIndex);
            PixelLayout.UnpackBits(packed, 0, destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static void RequireComplete(int produced, int expected, int segment, int offset, int frameIndex)
    {
        if (produced < expected)
        {
            throw new DicomException(
                $"RLE segment {segment + 1} decodes to {produced} bytes, {expected} expected", offset, frame: frameIndex);
        }
    }
}
