namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// Decodes JPEG-LS frames (ITU-T T.87 | ISO/IEC 14495-1) in managed code: lossless
/// (1.2.840.10008.1.2.4.80) and near-lossless (1.2.840.10008.1.2.4.81), 2 to 16 bits, one or more
/// components in any interleave mode, preset coding parameters, restart intervals and the HP colour
/// transforms. Mapping tables (palettes) and subsampled components are reported as unsupported
/// for DICOM frames. The stream's precision P may exceed Bits Stored (some encoders always write
/// 16): samples are returned as coded, and the declared Bits Stored is reported. A declared HP
/// colour transform is undone and reported as RGB. Stateless and thread-safe.
/// </summary>
public sealed class JpegLsDecoder : IPixelDecoder
{
    /// <summary>JPEG-LS Lossless Image Compression.</summary>
    public const string LosslessTransferSyntaxUid = "1.2.840.10008.1.2.4.80";

    /// <summary>JPEG-LS Lossy (Near-Lossless) Image Compression.</summary>
    public const string NearLosslessTransferSyntaxUid = "1.2.840.10008.1.2.4.81";

    private static readonly string[] Uids = [LosslessTransferSyntaxUid, NearLosslessTransferSyntaxUid];

    /// <inheritdoc />
    public IReadOnlyList<string> TransferSyntaxUids => Uids;

    /// <inheritdoc />
    public DecodedFrameInfo Decode(ReadOnlySpan<byte> encoded, in FrameDescriptor frame, int frameIndex, Span<byte> destination)
    {
        if (destination.Length < frame.DecodedLength)
        {
            throw new ArgumentException($"Destination holds {destination.Length} bytes; the frame needs {frame.DecodedLength}.", nameof(destination));
        }

        var reader = new JpegLsCodestreamReader(encoded, frameIndex);
        var header = reader.ReadHeader();
        Check(header, frame, frameIndex);

        var samples = frame.SamplesPerPixel;
        var layouts = new JpegLsComponentLayout[samples];
        for (var c = 0; c < samples; c++)
        {
            layouts[c] = new JpegLsComponentLayout(c, samples, frame.Columns * samples);
        }

        // JPEG-LS samples carry no sign. Encoders store signed data either as BitsStored-bit patterns
        // or already extended to P bits (DCMTK writes P = 16 for 12-bit data): extending from the
        // narrower of the two after masking gives the value in both cases.
        var signBits = frame.IsSigned ? Math.Min(header.Precision, frame.BitsStored) : 0;
        var writer = new JpegLsSampleWriter(destination[..(int)frame.DecodedLength], layouts, frame.BytesPerSample, signBits);
        reader.DecodeScans(writer);
        var photometric = reader.ColorTransform == JpegLsColorTransform.None ? frame.PhotometricInterpretation : "RGB";
        return new DecodedFrameInfo(photometric, frame.BitsStored, frame.IsSigned);
    }

    private static void Check(JpegLsFrameHeader header, in FrameDescriptor frame, int frameIndex)
    {
        string? problem = null;
        if (header.Rows != frame.Rows || header.Columns != frame.Columns)
        {
            problem = $"JPEG-LS frame is {header.Columns}x{header.Rows}, the data set declares {frame.Columns}x{frame.Rows}";
        }
        else if (header.Components.Count != frame.SamplesPerPixel)
        {
            problem = $"JPEG-LS frame has {header.Components.Count} components, the data set declares {frame.SamplesPerPixel} samples per pixel";
        }
        else if (header.IsSubsampled)
        {
            problem = "JPEG-LS frame has subsampled components, which DICOM pixel data cannot hold";
        }
        else if (frame.BitsAllocated is not (8 or 16) || header.Precision > frame.BitsAllocated)
        {
            problem = $"JPEG-LS precision {header.Precision} does not fit Bits Allocated {frame.BitsAllocated}";
        }

        if (problem is not null)
        {
            throw new DicomException(problem, 0, frame: frameIndex);
        }
    }
}
