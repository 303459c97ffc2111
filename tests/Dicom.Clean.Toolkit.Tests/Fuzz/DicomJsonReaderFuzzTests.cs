using System.Text.Json.Nodes;
using Dicom.Clean.Toolkit.Json;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Fuzz;

/// <summary>
/// Deterministic fuzzing of <see cref="DicomJsonReader"/>: the JSON of corpus files with one node replaced
/// by a value of another kind, a member removed or renamed, a VR changed, an array element repeated, or
/// the text cut short. Only DicomException may escape (then the data set is written as JSON again).
/// </summary>
[TestFixture]
public sealed class DicomJsonReaderFuzzTests
{
    private const int Mutations = 300;

    private static readonly string[] Files =
        ["pydicom/CT_small.dcm", "pydicom/rtplan.dcm", "pydicom/reportsi.dcm", "pydicom/charset_files/chrH31.dcm", "pydicom/JPEG2000.dcm", "pydicom/UN_sequence.dcm"];

    private static readonly string[] Replacements =
        ["null", "0", "-1", "70000", "1e400", "0.5", "\"\"", "\"ZZ\"", "\"0001\"", "\"山田\"", "true", "{}", "[]", "[null]", "{\"vr\":\"SQ\"}", "\"AQID\"", "[{}]", "{\"Alphabetic\":1}"];

    private static readonly string[] VRCodes = ["SQ", "PN", "US", "AT", "OB", "DS", "UN", "LT", "XX", "", "FD", "SV"];

    [TestCaseSource(nameof(Files))]
    public void Read_MutatedJson_ThrowsOnlyDicomException(string relativePath)
    {
        using var file = DicomFile.Read(File.ReadAllBytes(SharedCorpus.CorpusFile(relativePath.Split('/'))));
        var json = DicomJsonWriter.Serialize(file.Dataset);
        var random = new FuzzRandom(FuzzRandom.SeedFrom("json:" + relativePath));
        var failures = new List<string>();
        for (var i = 0; i < Mutations; i++)
        {
            var (mutated, how) = Mutate(json, ref random);
            var bytes = System.Text.Encoding.UTF8.GetBytes(mutated);
            var outcome = FuzzRunner.Guard(() => DicomJsonWriter.Serialize(DicomJsonReader.Read(bytes)), FuzzRunner.AllocationBound(bytes.Length * 4, FuzzRunner.Options, deflated: false));
            if (outcome.Problem is { } problem)
            {
                failures.Add($"{relativePath} #{i} ({how}): {problem}");
            }
        }

        Assert.That(failures, Is.Empty, string.Join('\n', failures));
    }

    private static (string Json, string How) Mutate(string json, ref FuzzRandom random)
    {
        if (random.Next(10) == 0)
        {
            var at = random.Next(json.Length);
            return (json[..at], $"cut at {at}");
        }

        var root = JsonNode.Parse(json)!;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var node = nodes[random.Next(nodes.Count)];
        var parent = node.Parent;
        var path = node.GetPath();
        switch (random.Next(5))
        {
            case 0 when parent is not null:
                var replacement = random.Pick(Replacements);
                Replace(node, JsonNode.Parse(replacement));
                return (root.ToJsonString(), $"{path} replaced by {replacement}");
            case 1 when parent is JsonObject owner:
                owner.Remove(node.GetPropertyName());
                return (root.ToJsonString(), $"{path} removed");
            case 2 when node is JsonObject attribute && attribute.ContainsKey("vr"):
                var code = random.Pick(VRCodes);
                attribute["vr"] = code;
                return (root.ToJsonString(), $"{path}.vr set to '{code}'");
            case 3 when parent is JsonArray array:
                array.Add(node.DeepClone());
                return (root.ToJsonString(), $"{path} repeated");
            case 4 when parent is JsonObject renamed:
                var name = node.GetPropertyName();
                var newName = random.Next(2) == 0 ? "7FE00010" : name[..^1] + "G";
                renamed.Remove(name);
                renamed[newName] = node;
                return (root.ToJsonString(), $"{path} renamed {newName}");
            default:
                return (json, "unchanged");
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        var children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is not null)
            {
                Collect(child, nodes);
            }
        }
    }

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject obj:
                obj[node.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[array.IndexOf(node)] = replacement;
                break;
        }
    }
}
