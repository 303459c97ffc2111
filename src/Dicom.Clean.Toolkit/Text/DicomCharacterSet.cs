using System.Text;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// Decodes and encodes DICOM text values under a Specific Character Set (0008,0005): single-byte
/// sets, UTF-8, GB18030/GBK and ISO 2022 code extensions. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Placeholder contract: only the default repertoire and ISO_IR 192 are handled until the full
/// implementation lands (see docs/toolkit.md). The reader and writer call only these members.
/// </remarks>
public sealed class DicomCharacterSet
{
    private readonly Encoding _encoding;

    private DicomCharacterSet(IReadOnlyList<string> terms, Encoding encoding)
    {
        Terms = terms;
        _encoding = encoding;
    }

    /// <summary>The default repertoire (ISO-IR 6), read leniently as Latin-1 so no byte is lost.</summary>
    public static DicomCharacterSet Default { get; } = new([], Encoding.Latin1);

    /// <summary>The defined terms this set was built from, as the data set gave them.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>
    /// Builds the character set a data set declares. Unknown terms fall back to the default
    /// repertoire and add a warning instead of failing (lenient read).
    /// </summary>
    /// <param name="terms">The values of Specific Character Set, in order (value 1 may be empty).</param>
    /// <param name="warnings">Receives one message per term that could not be honoured.</param>
    public static DicomCharacterSet FromTerms(IReadOnlyList<string> terms, ICollection<string>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0 || (terms.Count == 1 && string.IsNullOrWhiteSpace(terms[0])))
        {
            return Default;
        }

        if (terms.Count == 1 && terms[0].Trim() == "ISO_IR 192")
        {
            return new DicomCharacterSet(terms, new UTF8Encoding(false, false));
        }

        warnings?.Add($"Specific Character Set '{string.Join('\\', terms)}' is not supported yet; read as ISO-IR 6/Latin-1.");
        return new DicomCharacterSet(terms, Encoding.Latin1);
    }

    /// <summary>Decodes a text value (trailing padding is the caller's to trim).</summary>
    /// <param name="bytes">The raw value bytes.</param>
    /// <param name="isPersonName">True for PN values, whose component groups may switch character sets.</param>
    public string Decode(ReadOnlySpan<byte> bytes, bool isPersonName) => _encoding.GetString(bytes);

    /// <summary>Encodes a text value for writing (padding is the caller's to add).</summary>
    /// <param name="text">The value.</param>
    /// <param name="isPersonName">True for PN values.</param>
    public byte[] Encode(string text, bool isPersonName) => _encoding.GetBytes(text);
}
