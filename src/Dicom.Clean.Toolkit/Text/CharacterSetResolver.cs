namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// Turns the values of Specific Character Set into what decoding needs (PS3.5 6.1.2.5.1):
/// one set without code extensions, or value 1 plus the sets code extensions may designate.
/// Lenient: what cannot be honoured as written is reported and repaired, never thrown.
/// </summary>
internal static class CharacterSetResolver
{
    /// <summary>Resolves the terms; <c>Terms[0]</c> of the result is value 1.</summary>
    public static (CharacterSetKind Kind, IReadOnlyList<DefinedTerm> Terms) Resolve(IReadOnlyList<string> values, ICollection<string>? warnings)
    {
        var terms = new List<DefinedTerm>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var term = DefinedTerms.Find(values[i] ?? string.Empty, out var exact);
            if (term is null)
            {
                warnings?.Add($"Specific Character Set value {i + 1} '{Quote(values[i])}' is not a defined term; " +
                    (i == 0 ? "the default repertoire is used in its place." : "ignored."));
                term = i == 0 ? DefinedTerms.Default : null;
            }
            else if (!exact)
            {
                warnings?.Add($"Specific Character Set value {i + 1} '{Quote(values[i])}' is not spelled as defined; read as '{term.Name}'.");
            }

            // An empty value after value 1 adds nothing.
            if (term is not null && (i == 0 || term.Kind != CharacterSetKind.Default))
            {
                terms.Add(term);
            }
        }

        if (terms.Find(t => t.Kind is CharacterSetKind.Utf8 or CharacterSetKind.Gb18030 or CharacterSetKind.Gbk) is { } whole)
        {
            if (terms.Count > 1)
            {
                warnings?.Add($"Specific Character Set '{whole.Name}' cannot be combined with other terms; only '{whole.Name}' is used.");
            }

            return (whole.Kind, [whole]);
        }

        if (terms.Count == 1 && terms[0].Kind != CharacterSetKind.CodeExtension)
        {
            return (terms[0].Kind, terms);
        }

        if (terms[0].IsMultiByteExtension)
        {
            warnings?.Add($"Specific Character Set value 1 '{terms[0].Name}' is a multi-byte set, allowed from value 2 only; " +
                "the default repertoire is used as value 1.");
            terms.Insert(0, DefinedTerms.Default);
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].Kind == CharacterSetKind.SingleByte)
            {
                var extension = DefinedTerms.AsCodeExtension(terms[i]);
                warnings?.Add($"Specific Character Set value {i + 1} '{terms[i].Name}' used with code extensions; read as '{extension.Name}'.");
                terms[i] = extension;
            }
        }

        return (CharacterSetKind.CodeExtension, terms);
    }

    // A damaged file can hand over anything as a term: quote a bounded prefix only.
    private static string Quote(string? value) =>
        value is null ? string.Empty : value.Length <= 24 ? value : string.Concat(value.AsSpan(0, 24), "...");
}
