namespace Dicom.Clean.Toolkit.Dictionary;

/// <summary>Reads the generated dictionary tables (see the generator for their format).</summary>
internal static class DictionaryTableParser
{
    public static IEnumerable<DicomDictionaryEntry> ParseStandard(string table)
    {
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // group element VRs keyword VM flag
            var f = line.Split(' ');
            var (gLow, gHigh, gParity) = TagRange.ParsePart(f[0]);
            var (eLow, eHigh, eParity) = TagRange.ParsePart(f[1]);
            yield return new DicomDictionaryEntry(
                new TagRange(gLow, gHigh, gParity, eLow, eHigh, eParity),
                ParseVrs(f[2]),
                f[3],
                DicomValueMultiplicity.Parse(f[4]),
                f[5] == "R",
                null);
        }
    }

    public static IEnumerable<DicomDictionaryEntry> ParsePrivate(string table)
    {
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // group|element|VRs|keyword|VM|creator
            var f = line.Split('|');
            var (gLow, gHigh, gParity) = TagRange.ParsePart(f[0]);
            var element = int.Parse(f[1], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            yield return new DicomDictionaryEntry(
                new TagRange(gLow, gHigh, gParity, element, element, 'u'),
                ParseVrs(f[2]),
                f[3],
                DicomValueMultiplicity.Parse(f[4]),
                false,
                f[5]);
        }
    }

    private static DicomVR[] ParseVrs(string text)
    {
        if (text == "-")
        {
            return [];
        }

        var codes = text.Split('/');
        var vrs = new DicomVR[codes.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            vrs[i] = DicomVR.Parse(codes[i]);
        }

        return vrs;
    }
}
