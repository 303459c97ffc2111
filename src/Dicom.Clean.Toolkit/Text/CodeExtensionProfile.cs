using System.Collections.Immutable;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// What ISO 2022 code extensions may use for one Specific Character Set (PS3.5 6.1.2.5): the
/// initial G0/G1 that value 1 gives (ASCII and no G1 when value 1 is empty), which every
/// delimiter returns to, and the designations all values bring, in the order declared.
/// </summary>
internal sealed class CodeExtensionProfile
{
    /// <summary>Builds the profile; <paramref name="terms"/>[0] is value 1, already in code-extension form.</summary>
    public CodeExtensionProfile(IReadOnlyList<DefinedTerm> terms)
    {
        InitialG0 = terms[0].G0 ?? DefinedTerms.AsciiG0;
        InitialG1 = terms[0].G1;
        Designations = [.. terms.SelectMany(t => new[] { t.G0, t.G1 }).OfType<Designation>().Distinct()];
        FallbackG1 = Designations.FirstOrDefault(d => d.ToG1);
        StartsInAscii = InitialG0 == DefinedTerms.AsciiG0;
    }

    /// <summary>The G0 set at the start of a value and after each delimiter.</summary>
    public Designation InitialG0 { get; }

    /// <summary>True when G0 starts as ASCII, so a value of bytes below 0x80 without ESC is plain ASCII.</summary>
    public bool StartsInAscii { get; }

    /// <summary>The G1 set at the start of a value and after each delimiter (none when value 1 is empty).</summary>
    public Designation? InitialG1 { get; }

    /// <summary>Every designation the declared terms allow, value 1 first.</summary>
    public ImmutableArray<Designation> Designations { get; }

    /// <summary>The G1 set a lenient reader assumes for bytes 0xA0-0xFF met while none is designated.</summary>
    public Designation? FallbackG1 { get; }

    /// <summary>
    /// True when one of the declared terms brings this designation. ASCII into G0 always counts:
    /// it is the default repertoire, and Japanese writers return to it (ESC ( B) under ISO 2022 IR 13.
    /// </summary>
    public bool Declares(Designation designation) => designation == DefinedTerms.AsciiG0 || Designations.Contains(designation);
}
