using System.Globalization;

namespace Dicom.Clean.Toolkit.Dictionary;

/// <summary>
/// A value multiplicity (PS3.5 6.4): how many values an attribute may hold, e.g. <c>1</c>,
/// <c>1-n</c>, <c>2-2n</c> (even counts from 2), <c>1-3</c>.
/// </summary>
/// <param name="Minimum">Fewest values.</param>
/// <param name="Maximum">Most values; <see cref="int.MaxValue"/> for "n".</param>
/// <param name="Step">Counts go up in steps of this size (2 for <c>2-2n</c>, else 1).</param>
public readonly record struct DicomValueMultiplicity(int Minimum, int Maximum, int Step)
{
    /// <summary>Exactly one value.</summary>
    public static DicomValueMultiplicity One => new(1, 1, 1);

    /// <summary>True when the maximum is unbounded ("n").</summary>
    public bool IsUnbounded => Maximum == int.MaxValue;

    /// <summary>True when <paramref name="count"/> values satisfy this multiplicity.</summary>
    /// <param name="count">Number of values present.</param>
    public bool Allows(int count) =>
        count >= Minimum && count <= Maximum && (Step <= 1 || (count - Minimum) % Step == 0);

    /// <summary>Parses the dictionary notation (<c>1</c>, <c>1-n</c>, <c>2-2n</c>, <c>3-3n</c>, <c>1-3</c>).</summary>
    /// <param name="text">The notation.</param>
    /// <exception cref="FormatException">The text is not in that notation.</exception>
    public static DicomValueMultiplicity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            var exact = ParseCount(text);
            return new DicomValueMultiplicity(exact, exact, 1);
        }

        var minimum = ParseCount(text[..dash]);
        var upper = text[(dash + 1)..];
        if (upper.EndsWith('n'))
        {
            var step = upper.Length == 1 ? 1 : ParseCount(upper[..^1]);
            return new DicomValueMultiplicity(minimum, int.MaxValue, step);
        }

        return new DicomValueMultiplicity(minimum, ParseCount(upper), 1);
    }

    /// <summary>The dictionary notation.</summary>
    public override string ToString()
    {
        if (Minimum == Maximum)
        {
            return Minimum.ToString(CultureInfo.InvariantCulture);
        }

        if (!IsUnbounded)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Minimum}-{Maximum}");
        }

        return Step > 1
            ? string.Create(CultureInfo.InvariantCulture, $"{Minimum}-{Step}n")
            : string.Create(CultureInfo.InvariantCulture, $"{Minimum}-n");
    }

    private static int ParseCount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a value multiplicity.");
}
