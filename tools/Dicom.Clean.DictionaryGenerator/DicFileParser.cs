using System.Globalization;

namespace Dicom.Clean.DictionaryGenerator;

/// <summary>Parses DCMTK's tab-separated dictionary format (see the header of dicom.dic).</summary>
internal static class DicFileParser
{
    public static List<DicEntry> ParseStandard(IEnumerable<string> lines)
    {
        var entries = new List<DicEntry>();
        foreach (var (fields, number) in DataLines(lines))
        {
            var (tagText, vr, keyword, vm) = (fields[0], fields[1], fields[2], fields[3]);
            var version = fields.Length > 4 ? fields[4] : "DICOM";
            var inner = tagText.Trim('(', ')');
            var comma = inner.IndexOf(',', StringComparison.Ordinal);
            var (gLow, gHigh, gParity) = ParseRange(inner[..comma], number);
            var (eLow, eHigh, eParity) = ParseRange(inner[(comma + 1)..], number);
            var retired = version.EndsWith("retired", StringComparison.OrdinalIgnoreCase) || keyword.StartsWith("RETIRED_", StringComparison.Ordinal);
            entries.Add(new DicEntry(gLow, gHigh, gParity, eLow, eHigh, eParity, MapVr(vr, number), StripRetired(keyword), vm, retired, null));
        }

        return entries;
    }

    public static List<DicEntry> ParsePrivate(IEnumerable<string> lines)
    {
        var entries = new List<DicEntry>();
        foreach (var (fields, number) in DataLines(lines))
        {
            // (gggg,"CREATOR",ee) or (gggg-o-gggg,"CREATOR",eeee)
            var tagText = fields[0];
            var firstQuote = tagText.IndexOf('"', StringComparison.Ordinal);
            var lastQuote = tagText.LastIndexOf('"');
            var creator = tagText[(firstQuote + 1)..lastQuote];
            var groupText = tagText[1..(firstQuote - 1)];
            var elementText = tagText[(lastQuote + 2)..^1];
            var (gLow, gHigh, gParity) = ParseRange(groupText, number);
            var (eLow, eHigh, eParity) = ParseRange(elementText, number);
            if (creator.Contains('|', StringComparison.Ordinal))
            {
                throw new FormatException($"line {number}: creator contains '|'");
            }

            entries.Add(new DicEntry(gLow, gHigh, gParity, eLow, eHigh, eParity, MapVr(fields[1], number), fields[2], fields[3], false, creator));
        }

        return entries;
    }

    private static IEnumerable<(string[] Fields, int Number)> DataLines(IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length < 4)
            {
                throw new FormatException($"line {number}: expected at least 4 tab-separated fields: {line}");
            }

            yield return (fields, number);
        }
    }

    private static (int Low, int High, char Parity) ParseRange(string text, int number)
    {
        // "6000-60FF" (even), "0009-o-FFFF" (odd), "0010-u-00FF" (all), or a single number.
        var parts = text.Split('-');
        return parts.Length switch
        {
            1 => (Hex(parts[0], number), Hex(parts[0], number), 'u'),
            2 => (Hex(parts[0], number), Hex(parts[1], number), 'e'),
            3 => (Hex(parts[0], number), Hex(parts[2], number), parts[1][0]),
            _ => throw new FormatException($"line {number}: bad range '{text}'"),
        };
    }

    private static int Hex(string text, int number) =>
        int.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"line {number}: '{text}' is not hexadecimal");

    private static string StripRetired(string keyword) =>
        keyword.StartsWith("RETIRED_", StringComparison.Ordinal) ? keyword["RETIRED_".Length..] : keyword;

    // DCMTK's internal pseudo-VRs become the standard's alternatives ("US or SS" and so on).
    private static string[] MapVr(string vr, int number) => vr switch
    {
        "xs" => ["US", "SS"],
        "ox" or "px" => ["OB", "OW"],
        "lt" => ["US", "SS", "OW"],
        "up" => ["UL"],
        "na" => [],
        _ when vr.Length == 2 && char.IsUpper(vr[0]) && char.IsUpper(vr[1]) => [vr],
        _ => throw new FormatException($"line {number}: unknown VR '{vr}'"),
    };
}
