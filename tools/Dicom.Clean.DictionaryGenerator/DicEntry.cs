namespace Dicom.Clean.DictionaryGenerator;

/// <summary>
/// One dictionary line. Groups and elements are ranges (equal bounds for a plain tag) with a parity:
/// 'e' even numbers only, 'o' odd only, 'u' all.
/// </summary>
internal sealed record DicEntry(
    int GroupLow,
    int GroupHigh,
    char GroupParity,
    int ElementLow,
    int ElementHigh,
    char ElementParity,
    string[] Vrs,
    string Keyword,
    string Multiplicity,
    bool IsRetired,
    string? PrivateCreator)
{
    public bool IsRange => GroupLow != GroupHigh || ElementLow != ElementHigh;
}
