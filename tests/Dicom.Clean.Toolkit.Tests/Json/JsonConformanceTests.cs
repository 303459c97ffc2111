using System.Text.Json;
using Dicom.Clean.Toolkit.Json;
using Dicom.Clean.Toolkit.Tests.Conformance;

namespace Dicom.Clean.Toolkit.Tests.Json;

/// <summary>
/// Every valid corpus file with a dcm2json reference (manifest column <c>json_ok</c>) gives the same DICOM
/// JSON as DCMTK 3.6.7, compared semantically by <see cref="DicomJsonComparer"/>. The references lack the
/// top-level Pixel Data (see corpus/README.md), so ours is written without it too.
/// </summary>
[TestFixture]
public sealed class JsonConformanceTests
{
    private static readonly DicomJsonWriterOptions WithoutPixelData = new() { IncludePixelData = false };

    [TestCase("pydicom")]
    [TestCase("seed")]
    public void Json_EveryValidFile_MatchesDcm2json(string set)
    {
        var differences = new List<string>();
        var files = 0;
        var attributes = 0;
        var applied = new int[DicomJsonComparer.KnownDifferences.Count];
        foreach (var entry in CorpusManifest.Read(set).Where(e => e.IsValid && e.Columns["json_ok"] == "yes"))
        {
            try
            {
                using var file = DicomFile.Read(File.ReadAllBytes(entry.Path));
                using var ours = JsonDocument.Parse(DicomJsonWriter.SerializeToUtf8Bytes(file.Dataset, WithoutPixelData));
                using var reference = JsonDocument.Parse(File.ReadAllBytes(JsonPath(entry)));
                var comparer = new DicomJsonComparer(entry.ToString(), differences);
                comparer.CompareDataset(ours.RootElement, reference.RootElement, file.Dataset, string.Empty);

                files++;
                attributes += comparer.ComparedAttributes;
                for (var i = 0; i < applied.Length; i++)
                {
                    applied[i] += comparer.Applied[i];
                }
            }
            catch (DicomException ex)
            {
                differences.Add($"{entry}: {ex.Message}");
            }
        }

        TestContext.Out.WriteLine($"{files} files, {attributes} attributes compared with dcm2json");
        for (var i = 0; i < applied.Length; i++)
        {
            TestContext.Out.WriteLine($"{applied[i]} x {DicomJsonComparer.KnownDifferences[i]}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(files, Is.GreaterThan(set == "seed" ? 150 : 160), "files compared");
            Assert.That(differences, Is.Empty, string.Join('\n', differences.Take(200)));
        });
    }

    private static string JsonPath(CorpusEntry entry) =>
        Path.Combine(Support.SharedCorpus.Corpus, "ref", entry.Set, "json", entry.Name + ".json");
}
