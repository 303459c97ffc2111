using System.Text;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// The graphic character sets DICOM names in PS3.3 C.12.1.1.2. ISO 8859 parts and the CJK
/// double-byte sets come from the .NET code pages (through the provider instance, never a
/// global registration), corrected where .NET disagrees with the registered tables; JIS X 0201
/// and JIS X 0212 are built here because no code page covers them exactly.
/// </summary>
internal static class CodedCharacterSets
{
    /// <summary>ISO-IR 6 (ASCII): only the left half is defined.</summary>
    public static readonly CodedCharacterSet Ascii = CodedCharacterSet.SingleByte("ISO-IR 6", static () =>
        Table(static b => b < 0x80 ? (char)b : CodedCharacterSet.Unmapped));

    /// <summary>ISO-IR 100, ISO 8859-1 (Latin alphabet No. 1).</summary>
    public static readonly CodedCharacterSet Latin1 = CodedCharacterSet.SingleByte("ISO-IR 100", static () => Table(static b => (char)b));

    /// <summary>ISO-IR 101, ISO 8859-2 (Latin alphabet No. 2).</summary>
    public static readonly CodedCharacterSet Latin2 = Iso8859("ISO-IR 101", 28592);

    /// <summary>ISO-IR 109, ISO 8859-3 (Latin alphabet No. 3).</summary>
    public static readonly CodedCharacterSet Latin3 = Iso8859("ISO-IR 109", 28593);

    /// <summary>ISO-IR 110, ISO 8859-4 (Latin alphabet No. 4).</summary>
    public static readonly CodedCharacterSet Latin4 = Iso8859("ISO-IR 110", 28594);

    /// <summary>ISO-IR 144, ISO 8859-5 (Cyrillic).</summary>
    public static readonly CodedCharacterSet Cyrillic = Iso8859("ISO-IR 144", 28595);

    /// <summary>ISO-IR 127, ISO 8859-6 (Arabic).</summary>
    public static readonly CodedCharacterSet Arabic = Iso8859("ISO-IR 127", 28596);

    /// <summary>
    /// ISO-IR 126, ISO 8859-7 (Greek). .NET keeps the 1987 quotation marks (U+02BD/U+02BC);
    /// the current table (and glibc, which DCMTK uses) has U+2018/U+2019, plus the 2003 additions.
    /// </summary>
    public static readonly CodedCharacterSet Greek = Iso8859("ISO-IR 126", 28597,
        (0xA1, '\u2018'), (0xA2, '\u2019'), (0xA4, '\u20AC'), (0xA5, '\u20AF'), (0xAA, '\u037A'));

    /// <summary>
    /// ISO-IR 138, ISO 8859-8 (Hebrew). In the current table 0xAF is MACRON, not OVERLINE, and
    /// 0xFD/0xFE are the directional marks .NET leaves in the private-use area.
    /// </summary>
    public static readonly CodedCharacterSet Hebrew = Iso8859("ISO-IR 138", 28598, (0xAF, '\u00AF'), (0xFD, '\u200E'), (0xFE, '\u200F'));

    /// <summary>ISO-IR 148, ISO 8859-9 (Latin alphabet No. 5, Turkish).</summary>
    public static readonly CodedCharacterSet Latin5 = Iso8859("ISO-IR 148", 28599);

    /// <summary>ISO-IR 203, ISO 8859-15 (Latin alphabet No. 9).</summary>
    public static readonly CodedCharacterSet Latin9 = Iso8859("ISO-IR 203", 28605);

    /// <summary>ISO-IR 166, TIS 620-2533 (Thai): windows-874 without its 0x80-0x9F and 0xA0 additions.</summary>
    public static readonly CodedCharacterSet Thai = CodedCharacterSet.SingleByte("ISO-IR 166", static () =>
    {
        var table = FromCodePage(874);
        table.AsSpan(0x80, 0x21).Fill(CodedCharacterSet.Unmapped);
        return table;
    });

    /// <summary>
    /// ISO-IR 13/14, JIS X 0201: romaji in the left half (0x7E is OVERLINE), half-width katakana
    /// in the right half. 0x5C stays REVERSE SOLIDUS although JIS prints it as a yen sign:
    /// DICOM makes that byte the value delimiter whatever its glyph (PS3.5 6.1.2.3), so reading
    /// it as U+00A5 would merge multiple values.
    /// </summary>
    public static readonly CodedCharacterSet JisX0201 = CodedCharacterSet.SingleByte("ISO-IR 13", static () => Table(static b => b switch
    {
        0x7E => '\u203E',
        < 0x80 => (char)b,
        >= 0xA1 and <= 0xDF => (char)(0xFF61 + (b - 0xA1)),
        _ => CodedCharacterSet.Unmapped,
    }));

    /// <summary>
    /// ISO-IR 87, JIS X 0208 (EUC-JP code page). Row 13 (NEC symbols, not in JIS X 0208) is read
    /// but never written.
    /// </summary>
    public static readonly CodedCharacterSet JisX0208 = CodedCharacterSet.DoubleByte("ISO-IR 87",
        static () => DoubleByteFromCodePage(20932),
        static code => code >> 8 != 0x2D);

    /// <summary>ISO-IR 159, JIS X 0212 (supplementary kanji), from the generated table.</summary>
    public static readonly CodedCharacterSet JisX0212 = CodedCharacterSet.DoubleByte("ISO-IR 159",
        static () => JisX0212Table.Cells.ToCharArray(),
        static _ => true);

    /// <summary>
    /// ISO-IR 149, KS X 1001 (code page 949: 51949 misreads 0xB4D3). 0x2268 (U+327E, added in
    /// KS X 1001:2002) is missing from .NET and added here.
    /// </summary>
    public static readonly CodedCharacterSet KsX1001 = CodedCharacterSet.DoubleByte("ISO-IR 149", static () =>
        {
            var table = DoubleByteFromCodePage(949);
            table[((0x22 - 0x21) * 94) + (0x68 - 0x21)] = '\u327E';
            return table;
        },
        static _ => true);

    // The cells GB 2312 itself defines (GBK adds characters inside the same byte range).
    private static readonly Lazy<char[]> Gb2312Cells = new(static () => DoubleByteFromCodePage(20936));

    /// <summary>
    /// ISO-IR 58, GB 2312, read with the GBK code page (mapping 0xA1A4 and 0xA1AA as GB 18030
    /// does). Only cells GB 2312 defines (code page 20936, plus 0x212C which it lacks) are written.
    /// </summary>
    public static readonly CodedCharacterSet Gb2312 = CodedCharacterSet.DoubleByte("ISO-IR 58",
        static () => DoubleByteFromCodePage(936),
        static code => code == 0x212C || Gb2312Cells.Value[(((code >> 8) - 0x21) * 94) + ((code & 0xFF) - 0x21)] != CodedCharacterSet.Unmapped);

    /// <summary>
    /// Gets a code page from the provider instance (never <c>Encoding.RegisterProvider</c>, which is
    /// global state). Undecodable bytes give U+FFFD and unencodable characters '?': callers detect
    /// both rather than catch exceptions.
    /// </summary>
    public static Encoding CodePage(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, new EncoderReplacementFallback("?"), new DecoderReplacementFallback("\uFFFD"))
        ?? throw new InvalidOperationException($"Code page {codePage} is not available.");

    private static CodedCharacterSet Iso8859(string name, int codePage, params (int Code, char Char)[] corrections) =>
        CodedCharacterSet.SingleByte(name, () =>
        {
            var table = FromCodePage(codePage);
            foreach (var (code, c) in corrections)
            {
                table[code] = c;
            }

            return table;
        });

    private static char[] Table(Func<int, char> map)
    {
        var table = new char[256];
        for (var b = 0; b < 256; b++)
        {
            table[b] = map(b);
        }

        return table;
    }

    private static char[] FromCodePage(int codePage)
    {
        var encoding = CodePage(codePage);
        Span<byte> all = stackalloc byte[256];
        for (var b = 0; b < 256; b++)
        {
            all[b] = (byte)b;
        }

        var table = encoding.GetString(all).ToCharArray();
        if (table.Length != 256)
        {
            throw new InvalidOperationException($"Code page {codePage} is not a single-byte code page.");
        }

        for (var b = 0; b < 256; b++)
        {
            table[b] = Mapped(table[b]);
        }

        return table;
    }

    private static char[] DoubleByteFromCodePage(int codePage)
    {
        var encoding = CodePage(codePage);
        var table = new char[94 * 94];
        Span<byte> pair = stackalloc byte[2];
        Span<char> chars = stackalloc char[4];
        for (var row = 0; row < 94; row++)
        {
            for (var cell = 0; cell < 94; cell++)
            {
                pair[0] = (byte)(0xA1 + row);
                pair[1] = (byte)(0xA1 + cell);
                var count = encoding.GetChars(pair, chars);
                table[(row * 94) + cell] = count == 1 ? Mapped(chars[0]) : CodedCharacterSet.Unmapped;
            }
        }

        return table;
    }

    // Code pages fill their holes with private-use characters; a registered set has none.
    private static char Mapped(char c) => c is >= '\uE000' and <= '\uF8FF' ? CodedCharacterSet.Unmapped : c;
}
