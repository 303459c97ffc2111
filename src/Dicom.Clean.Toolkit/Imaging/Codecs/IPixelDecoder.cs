namespace Dicom.Clean.Toolkit.Imaging.Codecs;

/// <summary>
/// Decodes the compressed frames of one or more encapsulated transfer syntaxes. Implementations are
/// stateless and thread-safe; one instance serves every frame of every data set.
/// </summary>
public interface IPixelDecoder
{
    /// <summary>Transfer syntax UIDs this decoder handles, e.g. <c>1.2.840.10008.1.2.4.70</c>.</summary>
    IReadOnlyList<string> TransferSyntaxUids { get; }

    /// <summary>
    /// Decodes one frame into <paramref name="destination"/> in the toolkit's decoded layout
    /// (see <see cref="FrameDescriptor.DecodedLength"/>): samples interleaved (planar configuration 0),
    /// little endian, one byte per sample up to 8 bits, two up to 16, four up to 32; signed samples
    /// sign-extended to the sample size.
    /// </summary>
    /// <param name="encoded">The frame's complete codestream (its fragments joined).</param>
    /// <param name="frame">The frame geometry the data set declares.</param>
    /// <param name="frameIndex">Zero-based frame index, for error messages.</param>
    /// <param name="destination">At least <see cref="FrameDescriptor.DecodedLength"/> bytes.</param>
    /// <returns>What was produced where it differs from the declaration.</returns>
    /// <exception cref="DicomException">The codestream is damaged or uses a feature the decoder lacks.</exception>
    DecodedFrameInfo Decode(ReadOnlySpan<byte> encoded, in FrameDescriptor frame, int frameIndex, Span<byte> destination);
}
