using Dicom.Clean.Toolkit.Json;
using Dicom.Clean.Toolkit.Tests.Conformance;

namespace Dicom.Clean.Toolkit.Tests.Json;

/// <summary>
/// JSON written from every valid corpus file (pixel data included) reads back with <see cref="DicomJsonReader"/>
/// into a data set whose JSON is byte for byte the same.
/// </summary>
[TestFixture]
public sealed class JsonRoundTripTests
{
    [TestCase("pydicom")]
    [TestCase("seed")]
    public void ReadJson_EveryValidFile_WritesTheSameJsonAgain(string set)
    {
        var differences = new List<string>();
        var files = 0;
        foreach (var entry in CorpusManifest.Read(set).Where(e => e.IsValid))
        {
            using var file = DicomFile.Read(File.ReadAllBytes(entry.Path));
            var json = DicomJsonWriter.SerializeToUtf8Bytes(file.Dataset);
            try
            {
                var again = DicomJsonWriter.SerializeToUtf8Bytes(DicomJsonReader.Read(json));
                if (!again.AsSpan().SequenceEqual(json))
                {
                    var at = json.AsSpan().CommonPrefixLength(again);
                    differences.Add($"{entry}: differs from byte {at}: ...{Excerpt(json, at)}... became ...{Excerpt(again, at)}...");
                }
            }
            catch (DicomException ex)
            {
                differences.Add($"{entry}: {ex.Message}");
            }

            files++;
        }

        TestContext.Out.WriteLine($"{files} files written, read back and written again");
        Assert.That(differences, Is.Empty, string.Join('\n', differences));
    }

    private static string Excerpt(byte[] json, int at) =>
        System.Text.Encoding.UTF8.GetString(json, Math.Max(0, at - 60), Math.Min(120, json.Length - Math.Max(0, at - 60)));
}
