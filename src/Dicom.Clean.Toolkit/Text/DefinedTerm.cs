namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// One defined term of Specific Character Set (PS3.3 Tables C.12-2 to C.12-5) and what it means:
/// its 8-bit table when used alone, and the G0/G1 designations it brings to code extensions.
/// </summary>
/// <param name="Name">The term as the standard spells it.</param>
/// <param name="Kind">How the term encodes text.</param>
/// <param name="Table">The 8-bit table, for the default repertoire and single-byte terms.</param>
/// <param name="G0">The set the term designates to G0 under code extensions, if any.</param>
/// <param name="G1">The set the term designates to G1 under code extensions, if any.</param>
internal sealed record DefinedTerm(string Name, CharacterSetKind Kind, CodedCharacterSet? Table, Designation? G0, Designation? G1)
{
    /// <summary>True for the multi-byte sets of Table C.12-4 (value 2 and later only).</summary>
    public bool IsMultiByteExtension => (G0 ?? G1)?.Set.IsDoubleByte == true;
}
