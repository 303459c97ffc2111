namespace Dicom.Clean.Toolkit;

/// <summary>
/// The one exception type the toolkit throws for damaged or unsupported input: structural damage
/// in a data set, a codestream a codec cannot decode, a value that cannot be written. It carries
/// where the problem is (byte offset, tag, frame) and why, so callers can report it without
/// parsing the message. Anything else escaping the toolkit is a bug.
/// </summary>
public sealed class DicomException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong, in a sentence, without patient data.</param>
    /// <param name="offset">Byte offset in the source (file or codestream) where the problem was found.</param>
    /// <param name="tag">The element being read or written, if any.</param>
    /// <param name="frame">The zero-based frame index, for pixel data problems.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public DicomException(string reason, long? offset = null, DicomTag? tag = null, int? frame = null, Exception? innerException = null)
        : base(Compose(reason, offset, tag, frame), innerException)
    {
        Reason = reason;
        Offset = offset;
        Tag = tag;
        Frame = frame;
    }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>
    /// Byte offset in the source where the problem was found, when known: in the file or memory read,
    /// in the inflated data for problems inside a deflated data set, in the codestream for codec problems.
    /// </summary>
    public long? Offset { get; }

    /// <summary>The element concerned, when known.</summary>
    public DicomTag? Tag { get; }

    /// <summary>The zero-based frame index, for pixel data problems.</summary>
    public int? Frame { get; }

    private static string Compose(string reason, long? offset, DicomTag? tag, int? frame)
    {
        var text = reason;
        if (tag is { } t)
        {
            text += $" (tag {t})";
        }

        if (frame is { } f)
        {
            text += $" (frame {f + 1})";
        }

        if (offset is { } o)
        {
            text += $" at byte offset {o}";
        }

        return text;
    }
}
