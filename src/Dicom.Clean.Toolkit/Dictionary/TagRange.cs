namespace Dicom.Clean.Toolkit.Dictionary;

/// <summary>
/// Groups and elements a dictionary entry covers, each a range with a parity ('e' even, 'o' odd,
/// 'u' any); a single tag has equal bounds.
/// </summary>
internal readonly record struct TagRange(int GroupLow, int GroupHigh, char GroupParity, int ElementLow, int ElementHigh, char ElementParity)
{
    public bool IsRange => GroupLow != GroupHigh || ElementLow != ElementHigh;

    /// <summary>Number of tags covered: smaller ranges are more specific and are tried first.</summary>
    public long Size => (long)(GroupHigh - GroupLow + 1) * (ElementHigh - ElementLow + 1);

    public bool Contains(int group, int element) =>
        In(group, GroupLow, GroupHigh, GroupParity) && In(element, ElementLow, ElementHigh, ElementParity);

    public static TagRange Single(int group, int element) => new(group, group, 'u', element, element, 'u');

    /// <summary>Parses <c>gggg</c> or <c>gggg-gggg:p</c> for each part.</summary>
    public static (int Low, int High, char Parity) ParsePart(ReadOnlySpan<char> text)
    {
        if (text.Length == 4)
        {
            var value = Hex(text);
            return (value, value, 'u');
        }

        return (Hex(text[..4]), Hex(text[5..9]), text[10]);
    }

    private static int Hex(ReadOnlySpan<char> text) =>
        int.Parse(text, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

    private static bool In(int value, int low, int high, char parity) =>
        value >= low && value <= high && parity switch
        {
            'e' => (value & 1) == 0,
            'o' => (value & 1) == 1,
            _ => true,
        };
}
