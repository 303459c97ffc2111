using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Managed JPEG 2000 decoder for DICOM: Part 1 (lossless and lossy, JP2 wrapper tolerated) and
/// Part 15 high-throughput codestreams. Produces the toolkit's decoded layout (interleaved,
/// little endian) and reports the codestream's own precision and sign, which may differ from Bits
/// Stored and Pixel Representation. Stateless and thread-safe.
/// </summary>
public sealed class Jpeg2000Decoder : IPixelDecoder
{
    private readonly int _maxDegreeOfParallelism;

    /// <summary>Creates a decoder that uses all processors for large frames.</summary>
    public Jpeg2000Decoder()
        : this(-1)
    {
    }

    /// <summary>Creates a decoder using at most <paramref name="maxDegreeOfParallelism"/> threads per frame (-1: no limit).</summary>
    /// <param name="maxDegreeOfParallelism">Thread limit per frame; 1 decodes on the calling thread only.</param>
    public Jpeg2000Decoder(int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), "Use -1 or a positive thread count.");
        }

        _maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> TransferSyntaxUids { get; } =
    [
        "1.2.840.10008.1.2.4.90",
        "1.2.840.10008.1.2.4.91",
        "1.2.840.10008.1.2.4.201",
        "1.2.840.10008.1.2.4.202",
        "1.2.840.10008.1.2.4.203",
    ];

    /// <inheritdoc />
    public DecodedFrameInfo Decode(ReadOnlySpan<byte> encoded, in FrameDescriptor frame, int frameIndex, Span<byte> destination) =>
        Decode(encoded, frame, frameIndex, destination, null);

    /// <summary>
    /// Decodes one frame as <see cref="IPixelDecoder.Decode"/> does, adding to
    /// <paramref name="warnings"/> what was damaged and worked around (a truncated tile decodes
    /// to what its packets carry).
    /// </summary>
    /// <param name="encoded">The frame's codestream or JP2 file.</param>
    /// <param name="frame">The frame geometry the data set declares.</param>
    /// <param name="frameIndex">Zero-based frame index, for error messages.</param>
    /// <param name="destination">At least <see cref="FrameDescriptor.DecodedLength"/> bytes.</param>
    /// <param name="warnings">Receives warnings; may be null.</param>
    /// <returns>The photometric interpretation, precision and sign of the decoded samples.</returns>
    /// <exception cref="DicomException">The codestream is damaged beyond use, unsupported, or disagrees with the frame geometry.</exception>
    public DecodedFrameInfo Decode(ReadOnlySpan<byte> encoded, in FrameDescriptor frame, int frameIndex, Span<byte> destination,
        ICollection<string>? warnings)
    {
        if (destination.Length < frame.DecodedLength)
        {
            throw new ArgumentException($"Destination holds {destination.Length} bytes; the frame needs {frame.DecodedLength}.", nameof(destination));
        }

        var collected = new DecodeWarnings();
        try
        {
            var expected = frame;
            var image = Jpeg2000ImageDecoder.Decode(encoded, collected, frame.PixelCount * Math.Max(1, frame.SamplesPerPixel),
                _maxDegreeOfParallelism, size => CheckGeometry(size, expected));
            return Write(image, frame, destination);
        }
        catch (DicomException e) when (e.Frame is null)
        {
            throw new DicomException(e.Reason, e.Offset, e.Tag, frameIndex, e);
        }
        finally
        {
            if (warnings is not null)
            {
                foreach (var message in collected.Messages)
                {
                    warnings.Add(message);
                }
            }
        }
    }

    private static void CheckGeometry(ImageSize size, FrameDescriptor frame)
    {
        var width = size.Width - size.OffsetX;
        var height = size.Height - size.OffsetY;
        if (width != frame.Columns || height != frame.Rows || size.Components.Count != frame.SamplesPerPixel)
        {
            throw new DicomException(
                $"JPEG 2000 codestream is {width} x {height} with {size.Components.Count} components; the data set declares " +
                $"{frame.Columns} x {frame.Rows} with {frame.SamplesPerPixel} samples per pixel");
        }

        var capacity = frame.BytesPerSample * 8;
        foreach (var component in size.Components)
        {
            if (component.Precision > capacity || frame.BytesPerSample is not (1 or 2 or 4))
            {
                throw new DicomException(
                    $"JPEG 2000 component precision {component.Precision} does not fit Bits Allocated {frame.BitsAllocated}");
            }
        }
    }

    internal static DecodedFrameInfo Write(DecodedImage image, in FrameDescriptor frame, Span<byte> destination)
    {
        for (var c = 0; c < frame.SamplesPerPixel; c++)
        {
            WriteComponent(image, c, frame, destination);
        }

        var first = image.Components[0];
        var photometric = image.ComponentTransform && frame.PhotometricInterpretation is "YBR_RCT" or "YBR_ICT"
            ? "RGB"
            : frame.PhotometricInterpretation;
        return new DecodedFrameInfo(photometric, image.Components.Max(c => c.Precision), first.IsSigned);
    }

    // Writes component c into its interleaved slots; subsampled components are replicated.
    private static void WriteComponent(DecodedImage image, int c, in FrameDescriptor frame, Span<byte> destination)
    {
        var component = image.Components[c];
        var samples = frame.SamplesPerPixel;
        var bytes = frame.BytesPerSample;
        var rowBytes = frame.Columns * samples * bytes;
        var columns = new int[frame.Columns];
        for (var x = 0; x < columns.Length; x++)
        {
            columns[x] = ComponentIndex(image.OffsetX, x, component.SubsamplingX, component.Width);
        }

        for (var y = 0; y < frame.Rows; y++)
        {
            var sy = ComponentIndex(image.OffsetY, y, component.SubsamplingY, component.Height);
            var source = component.Samples.AsSpan(sy * component.Width, component.Width);
            var row = destination.Slice(y * rowBytes, rowBytes);
            switch (bytes)
            {
                case 1:
                    for (var x = 0; x < columns.Length; x++)
                    {
                        row[(x * samples) + c] = (byte)source[columns[x]];
                    }

                    break;
                case 2 when BitConverter.IsLittleEndian:
                    var shorts = MemoryMarshal.Cast<byte, short>(row);
                    for (var x = 0; x < columns.Length; x++)
                    {
                        shorts[(x * samples) + c] = (short)source[columns[x]];
                    }

                    break;
                case 2:
                    for (var x = 0; x < columns.Length; x++)
                    {
                        BinaryPrimitives.WriteInt16LittleEndian(row[(((x * samples) + c) * 2)..], (short)source[columns[x]]);
                    }

                    break;
                default:
                    for (var x = 0; x < columns.Length; x++)
                    {
                        BinaryPrimitives.WriteInt32LittleEndian(row[(((x * samples) + c) * 4)..], source[columns[x]]);
                    }

                    break;
            }
        }
    }

    // Sample of a subsampled component covering reference-grid position offset + i (the nearest
    // one for the pixels before its first sample when the image offset is not a multiple).
    private static int ComponentIndex(int offset, int i, int subsampling, int length) =>
        subsampling == 1 ? i : Math.Clamp(((offset + i) / subsampling) - ImageSize.CeilDiv(offset, subsampling), 0, length - 1);
}
