namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// A recoverable oddity the reader met and worked around: where (byte offset, tag) and what. Never
/// holds a value (values may be patient data).
/// </summary>
/// <param name="Offset">
/// Byte offset in the source (in the inflated data for deflated transfer syntaxes); for a text-decoding
/// warning, the element's offset (-1 for an element built in code).
/// </param>
/// <param name="Tag">The element concerned, when there is one.</param>
/// <param name="Message">What was found and how it was read.</param>
public sealed record DicomReadWarning(long Offset, DicomTag? Tag, string Message)
{
    /// <summary>The message with its location, e.g. <c>Odd value length 7 (tag (0010,0010)) at byte offset 312</c>.</summary>
    public override string ToString() =>
        Tag is { } tag ? $"{Message} (tag {tag}) at byte offset {Offset}" : $"{Message} at byte offset {Offset}";
}
