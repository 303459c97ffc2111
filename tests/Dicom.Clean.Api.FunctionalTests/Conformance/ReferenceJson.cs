using System.Globalization;
using System.Text.Json;

namespace Dicom.Clean.Api.FunctionalTests.Conformance;

/// <summary>
/// Flattens a DICOM JSON document (dcm2json's reference output) into the service's shape: one
/// entry per element keyed by item path and tag, with its VR and the value as comparable text.
/// </summary>
internal static class ReferenceJson
{
    public static Dictionary<string, (string Vr, string? Value)> Flatten(JsonElement dataset)
    {
        var entries = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        Walk(dataset, string.Empty, entries);
        return entries;
    }

    public static string Key(string path, string tag) => $"{path}|{tag}";

    private static void Walk(JsonElement dataset, string path, Dictionary<string, (string, string?)> entries)
    {
        foreach (var member in dataset.EnumerateObject())
        {
            var tag = $"({member.Name[..4]},{member.Name[4..]})";
            var vr = member.Value.GetProperty("vr").GetString()!;
            var values = member.Value.TryGetProperty("Value", out var v) ? v.EnumerateArray().ToList() : [];
            if (vr == "SQ")
            {
                entries[Key(path, tag)] = (vr, values.Count.ToString(CultureInfo.InvariantCulture));
                for (var i = 0; i < values.Count; i++)
                {
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{(path.Length == 0 ? string.Empty : path + "/")}{tag}[{i}]");
                    Walk(values[i], itemPath, entries);
                }

                continue;
            }

            entries[Key(path, tag)] = (vr, member.Value.TryGetProperty("InlineBinary", out _) || member.Value.TryGetProperty("BulkDataURI", out _)
                ? null
                : string.Join('\\', values.Select(Text)));
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object => string.Join('=', new[] { "Alphabetic", "Ideographic", "Phonetic" }
            .Select(g => value.TryGetProperty(g, out var part) ? part.GetString() ?? string.Empty : string.Empty)).TrimEnd('='),
        _ => value.GetRawText(),
    };
}
