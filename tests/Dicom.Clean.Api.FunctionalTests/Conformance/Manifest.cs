using System.Text;

namespace Dicom.Clean.Api.FunctionalTests.Conformance;

/// <summary>Reads a corpus <c>manifest.csv</c> (RFC 4180 quoting) into rows by column name.</summary>
internal static class Manifest
{
    public static IEnumerable<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = Split(reader.ReadLine()!);
        while (reader.ReadLine() is { } line)
        {
            var fields = Split(line);
            yield return header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : string.Empty))
                .ToDictionary(f => f.name, f => f.value, StringComparer.Ordinal);
        }
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
