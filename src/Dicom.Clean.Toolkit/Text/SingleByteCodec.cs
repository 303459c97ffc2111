using System.Buffers;
using System.Text;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// Decodes and encodes with one 8-bit table and no code extensions (the default repertoire and
/// the single-valued <c>ISO_IR</c> terms). ASCII-only values and ISO 8859-1 take the vectorised
/// BCL paths: the result string is the only allocation.
/// </summary>
internal static class SingleByteCodec
{
    private const int StackLimit = 256;

    private static readonly Lazy<Encoding> ShiftJis = new(static () => CodedCharacterSets.CodePage(932));

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="invalidAt"/> is the first unmapped byte, or -1.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, CodedCharacterSet table, out int invalidAt)
    {
        invalidAt = -1;
        if (table == CodedCharacterSets.Latin1)
        {
            return Encoding.Latin1.GetString(bytes);
        }

        var firstHigh = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (firstHigh < 0 && (table != CodedCharacterSets.JisX0201 || !bytes.Contains((byte)0x7E)))
        {
            return Encoding.ASCII.GetString(bytes); // every table here is ASCII in 0x00-0x7F but for JIS 0x7E
        }

        char[]? rented = null;
        var output = bytes.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(bytes.Length));
        try
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                var c = table.Decode(bytes[i]);
                if (c == CodedCharacterSet.Unmapped && invalidAt < 0)
                {
                    invalidAt = i;
                }

                output[i] = c;
            }

            return new string(output[..bytes.Length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Encodes <paramref name="text"/>, or gives the index of the first character the table lacks.</summary>
    public static bool TryEncode(string text, CodedCharacterSet table, out byte[] bytes, out int failedAt)
    {
        var span = text.AsSpan();
        if (table == CodedCharacterSets.Latin1 || table == CodedCharacterSets.Ascii)
        {
            failedAt = span.IndexOfAnyExceptInRange('\0', table == CodedCharacterSets.Ascii ? '\x7F' : '\xFF');
            bytes = failedAt < 0 ? Encoding.Latin1.GetBytes(text) : [];
            return failedAt < 0;
        }

        bytes = new byte[text.Length];
        for (var i = 0; i < span.Length; i++)
        {
            if (!table.TryEncode(span[i], out var code))
            {
                (bytes, failedAt) = ([], i);
                return false;
            }

            bytes[i] = (byte)code;
        }

        failedAt = -1;
        return true;
    }

    /// <summary>
    /// Reads a value declared JIS X 0201 as Shift_JIS (code page 932), as many Japanese systems
    /// wrote it; true only when every byte decodes.
    /// </summary>
    public static bool TryDecodeShiftJis(ReadOnlySpan<byte> bytes, out string text)
    {
        text = ShiftJis.Value.GetString(bytes);
        return !text.Contains(CodedCharacterSet.Unmapped, StringComparison.Ordinal);
    }
}
