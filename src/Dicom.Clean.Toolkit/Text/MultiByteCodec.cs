using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// The variable-length encodings that replace code extensions: UTF-8 (<c>ISO_IR 192</c>),
/// GB 18030 and GBK. A byte 0x5C inside a multi-byte character is not a value delimiter
/// (PS3.5 6.1.2.3): the whole value is decoded before anyone splits it on '\'.
/// </summary>
internal static class MultiByteCodec
{
    private static readonly Lazy<Encoding> Gb18030 = new(static () => CodedCharacterSets.CodePage(54936));
    private static readonly Lazy<Encoding> Gbk = new(static () => CodedCharacterSets.CodePage(936));

    /// <summary>Decodes a value; <paramref name="invalid"/> is true when bytes had to be replaced by U+FFFD.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, CharacterSetKind kind, bool check, out bool invalid)
    {
        if (kind == CharacterSetKind.Utf8)
        {
            invalid = check && !Utf8.IsValid(bytes);
            return Encoding.UTF8.GetString(bytes); // replaces invalid sequences with U+FFFD
        }

        var text = EncodingOf(kind).GetString(bytes);
        invalid = check && text.Contains(CodedCharacterSet.Unmapped, StringComparison.Ordinal);
        return text;
    }

    /// <summary>Encodes a value, or gives the index of the first character the encoding cannot express.</summary>
    public static bool TryEncode(string text, CharacterSetKind kind, out byte[] bytes, out int failedAt)
    {
        if (kind == CharacterSetKind.Utf8)
        {
            // Only lone surrogates fail; Utf8.FromUtf16 reports where instead of replacing them.
            var buffer = new byte[Encoding.UTF8.GetByteCount(text)];
            var status = Utf8.FromUtf16(text, buffer, out var read, out _, replaceInvalidSequences: false);
            (bytes, failedAt) = status == OperationStatus.Done ? (buffer, -1) : ([], read);
            return failedAt < 0;
        }

        // Code pages replace what they cannot encode (or map it to a look-alike): a round trip
        // that does not give the text back has lost a character.
        var encoding = EncodingOf(kind);
        bytes = encoding.GetBytes(text);
        if (string.Equals(encoding.GetString(bytes), text, StringComparison.Ordinal))
        {
            failedAt = -1;
            return true;
        }

        (bytes, failedAt) = ([], FirstLost(text, encoding));
        return false;
    }

    private static Encoding EncodingOf(CharacterSetKind kind) => kind == CharacterSetKind.Gb18030 ? Gb18030.Value : Gbk.Value;

    private static int FirstLost(string text, Encoding encoding)
    {
        Span<byte> bytes = stackalloc byte[16];
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var original = text.AsSpan(i, width);
            var count = encoding.GetBytes(original, bytes);
            if (!chars[..encoding.GetChars(bytes[..count], chars)].SequenceEqual(original))
            {
                return i;
            }

            i += width - 1;
        }

        return 0; // unreachable when the whole text failed to round-trip
    }
}
