namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// Managed ITU T.81 JPEG decoder for DICOM: baseline (8-bit) and extended (12-bit) sequential DCT,
/// progressive DCT, and lossless process 14 (2 to 16 bits, predictors 1 to 7), all with Huffman
/// coding. Output matches DCMTK 3.6.7's <c>dcmdjpeg</c> (IJG libjpeg 6b, accurate integer IDCT, fancy
/// upsampling): YCbCr is converted to RGB when the data set declares YBR_FULL, YBR_FULL_422 or
/// YBR_PARTIAL_422, whatever the JFIF or Adobe markers say; other streams are left as coded.
/// Stateless and thread-safe.
/// </summary>
public sealed class JpegDecoder : IPixelDecoder
{
    /// <summary>JPEG Baseline (Process 1).</summary>
    public const string BaselineUid = "1.2.840.10008.1.2.4.50";

    /// <summary>JPEG Extended (Process 2 and 4).</summary>
    public const string ExtendedUid = "1.2.840.10008.1.2.4.51";

    /// <summary>JPEG Spectral Selection / Full Progression (Process 10 and 12, retired).</summary>
    public const string ProgressiveUid = "1.2.840.10008.1.2.4.55";

    /// <summary>JPEG Lossless, Non-Hierarchical (Process 14).</summary>
    public const string LosslessUid = "1.2.840.10008.1.2.4.57";

    /// <summary>JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14, Selection Value 1).</summary>
    public const string LosslessSv1Uid = "1.2.840.10008.1.2.4.70";

    private static readonly string[] Uids = [BaselineUid, ExtendedUid, ProgressiveUid, LosslessUid, LosslessSv1Uid];

    /// <inheritdoc />
    public IReadOnlyList<string> TransferSyntaxUids => Uids;

    /// <inheritdoc />
    public DecodedFrameInfo Decode(ReadOnlySpan<byte> encoded, in FrameDescriptor frame, int frameIndex, Span<byte> destination)
    {
        if (frame.Rows <= 0 || frame.Columns <= 0 || frame.SamplesPerPixel <= 0)
        {
            throw new DicomException("JPEG: the data set declares an empty frame", frame: frameIndex);
        }

        if (destination.Length < frame.DecodedLength)
        {
            throw new ArgumentException($"The destination holds {destination.Length} bytes; the frame needs {frame.DecodedLength}.", nameof(destination));
        }

        using var stream = new JpegStreamDecoder(frameIndex, frame);
        stream.Run(encoded);
        var decoded = stream.Frame!;

        var declared = frame.PhotometricInterpretation.Trim(' ', '\0');
        var isYbr = declared is "YBR_FULL" or "YBR_FULL_422" or "YBR_PARTIAL_422";
        var components = decoded.Components.Length;

        // dcmdjpeg's default (EDC_photometricInterpretation): convert when the data set says YBR,
        // refuse for signed samples (which we then leave unconverted, labelled YBR_FULL).
        var convert = isYbr && components == 3 && !frame.IsSigned;
        var photometric = (isYbr, components) switch
        {
            (true, 3) when convert => "RGB",
            (true, 1) => "MONOCHROME2",
            (true, _) => "YBR_FULL",
            _ => declared,
        };

        var bitsStored = frame.BitsStored > 0 ? Math.Min(frame.BitsStored, decoded.Precision) : decoded.Precision;
        var signExtend = frame.IsSigned && bitsStored < 8 * frame.BytesPerSample;
        JpegOutputWriter.Write(decoded, convert, bitsStored, signExtend, frame.BytesPerSample, destination);
        return new DecodedFrameInfo(photometric, bitsStored, frame.IsSigned);
    }
}
