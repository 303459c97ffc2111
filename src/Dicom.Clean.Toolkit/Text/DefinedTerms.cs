using System.Collections.Frozen;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// The defined terms of Specific Character Set with their escape sequences (PS3.3 C.12.1.1.2),
/// the escape sequences a lenient reader also recognises, and the parsing of terms as files
/// really spell them. Frozen tables, built once.
/// </summary>
internal static class DefinedTerms
{
    /// <summary>ESC ( B: ISO-IR 6 into G0.</summary>
    public static readonly Designation AsciiG0 = new(CodedCharacterSets.Ascii, false, false, "(B");

    /// <summary>The default repertoire.</summary>
    public static readonly DefinedTerm Default = new("ISO_IR 6", CharacterSetKind.Default, CodedCharacterSets.Ascii, AsciiG0, null);

    // Longer than any spelling of a defined term (CS values are at most 16 characters).
    private const int MaxTermLength = 32;

    private static readonly Designation JisRomanG0 = new(CodedCharacterSets.JisX0201, false, false, "(J");
    private static readonly Designation JisKatakanaG1 = new(CodedCharacterSets.JisX0201, true, true, ")I");

    private static readonly DefinedTerm[] All =
    [
        Default,
        new("ISO 2022 IR 6", CharacterSetKind.CodeExtension, CodedCharacterSets.Ascii, AsciiG0, null),
        .. Latin("100", 'A', CodedCharacterSets.Latin1),
        .. Latin("101", 'B', CodedCharacterSets.Latin2),
        .. Latin("109", 'C', CodedCharacterSets.Latin3),
        .. Latin("110", 'D', CodedCharacterSets.Latin4),
        .. Latin("144", 'L', CodedCharacterSets.Cyrillic),
        .. Latin("127", 'G', CodedCharacterSets.Arabic),
        .. Latin("126", 'F', CodedCharacterSets.Greek),
        .. Latin("138", 'H', CodedCharacterSets.Hebrew),
        .. Latin("148", 'M', CodedCharacterSets.Latin5),
        .. Latin("203", 'b', CodedCharacterSets.Latin9),
        .. Latin("166", 'T', CodedCharacterSets.Thai),
        new("ISO_IR 13", CharacterSetKind.SingleByte, CodedCharacterSets.JisX0201, JisRomanG0, JisKatakanaG1),
        new("ISO 2022 IR 13", CharacterSetKind.CodeExtension, CodedCharacterSets.JisX0201, JisRomanG0, JisKatakanaG1),
        new("ISO 2022 IR 87", CharacterSetKind.CodeExtension, null, new(CodedCharacterSets.JisX0208, false, false, "$B"), null),
        new("ISO 2022 IR 159", CharacterSetKind.CodeExtension, null, new(CodedCharacterSets.JisX0212, false, false, "$(D"), null),
        new("ISO 2022 IR 149", CharacterSetKind.CodeExtension, null, null, new(CodedCharacterSets.KsX1001, true, false, "$)C")),
        new("ISO 2022 IR 58", CharacterSetKind.CodeExtension, null, null, new(CodedCharacterSets.Gb2312, true, false, "$)A")),
        new("ISO_IR 192", CharacterSetKind.Utf8, null, null, null),
        new("GB18030", CharacterSetKind.Gb18030, null, null, null),
        new("GBK", CharacterSetKind.Gbk, null, null, null),
    ];

    /// <summary>The single-byte terms used without code extensions (<c>ISO_IR 100</c>...).</summary>
    public static IEnumerable<DefinedTerm> SingleByteTerms => All.Where(t => t.Kind == CharacterSetKind.SingleByte);

    /// <summary>Terms by their compact key (upper case, without spaces, '_' and '-').</summary>
    private static readonly FrozenDictionary<string, DefinedTerm> ByKey = All
        .Select(t => KeyValuePair.Create(Key(t.Name), t))
        .Append(KeyValuePair.Create("UTF8", All.Single(t => t.Kind == CharacterSetKind.Utf8)))
        .ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Every escape sequence a reader recognises, by the bytes after ESC: the standard ones plus
    /// close variants seen in the wild (JIS C 6226-1978, katakana into G0, CJK sets in the other
    /// element).
    /// </summary>
    public static readonly FrozenDictionary<string, Designation> Escapes = All
        .SelectMany(t => new[] { t.G0, t.G1 })
        .OfType<Designation>()
        .Concat(
        [
            new(CodedCharacterSets.JisX0208, false, false, "$@"),
            new(CodedCharacterSets.JisX0208, false, false, "$(B"),
            new(CodedCharacterSets.JisX0208, false, false, "$(@"),
            new(CodedCharacterSets.JisX0201, false, true, "(I"),
            new(CodedCharacterSets.KsX1001, false, false, "$(C"),
            new(CodedCharacterSets.Gb2312, false, false, "$A"),
            new(CodedCharacterSets.Gb2312, false, false, "$(A"),
            new(CodedCharacterSets.Ascii, true, false, ")B"),
        ])
        .DistinctBy(d => d.Escape)
        .ToFrozenDictionary(d => d.Escape, StringComparer.Ordinal);

    /// <summary>
    /// Finds a term, accepting the spellings files use (case, '_', '-' and spaces ignored).
    /// <paramref name="exact"/> is false when the spelling was not the standard one.
    /// </summary>
    public static DefinedTerm? Find(string term, out bool exact)
    {
        var trimmed = term.Trim(' ', '\0');
        if (trimmed.Length == 0)
        {
            exact = true;
            return Default;
        }

        if (trimmed.Length > MaxTermLength || !ByKey.TryGetValue(Key(trimmed), out var found))
        {
            exact = false;
            return null;
        }

        exact = string.Equals(found.Name, trimmed, StringComparison.Ordinal);
        return found;
    }

    /// <summary>Gets the code-extension form of a term (<c>ISO_IR 100</c> gives <c>ISO 2022 IR 100</c>).</summary>
    public static DefinedTerm AsCodeExtension(DefinedTerm term) => term.Kind switch
    {
        CharacterSetKind.Default => All[1],
        CharacterSetKind.SingleByte => ByKey[Key(term.Name.Replace("ISO_IR", "ISO 2022 IR", StringComparison.Ordinal))],
        _ => term,
    };

    private static IEnumerable<DefinedTerm> Latin(string number, char final, CodedCharacterSet table)
    {
        var g1 = new Designation(table, true, true, "-" + final);
        yield return new DefinedTerm("ISO_IR " + number, CharacterSetKind.SingleByte, table, AsciiG0, g1);
        yield return new DefinedTerm("ISO 2022 IR " + number, CharacterSetKind.CodeExtension, table, AsciiG0, g1);
    }

    private static string Key(string term)
    {
        Span<char> key = stackalloc char[term.Length];
        var length = 0;
        foreach (var c in term)
        {
            if (c is not (' ' or '_' or '-'))
            {
                key[length++] = char.ToUpperInvariant(c);
            }
        }

        return new string(key[..length]);
    }
}
