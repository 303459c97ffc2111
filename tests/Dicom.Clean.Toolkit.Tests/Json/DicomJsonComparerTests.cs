using System.Text.Json;
using Dicom.Clean.Toolkit.Json;
using static Dicom.Clean.Toolkit.Tests.Json.JsonTestFiles;

namespace Dicom.Clean.Toolkit.Tests.Json;

/// <summary>The conformance comparer itself: it accepts its documented differences and nothing else.</summary>
[TestFixture]
public sealed class DicomJsonComparerTests
{
    private const string Ours = """{"00080005":{"vr":"CS","Value":["ISO_IR 100"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe^^^"}]},"00181050":{"vr":"DS","Value":[0.5]}}""";

    [Test]
    public void Compare_DocumentedDifferencesOnly_ReportsNothing()
    {
        var reference = """{"00080005":{"vr":"CS","Value":["ISO_IR 192"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe"}]},"00181050":{"vr":"DS","Value":[5e-1]}}""";

        var (differences, applied) = Compare(reference);

        Assert.Multiple(() =>
        {
            Assert.That(differences, Is.Empty);
            Assert.That(applied[DicomJsonComparer.CharacterSetRewritten], Is.EqualTo(1));
            Assert.That(applied[DicomJsonComparer.PersonNameCaretsDropped], Is.EqualTo(1));
        });
    }

    [TestCase("""{"00080005":{"vr":"CS","Value":["ISO_IR 192"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Roe"}]},"00181050":{"vr":"DS","Value":[0.5]}}""", "00100010[0].Alphabetic")]
    [TestCase("""{"00080005":{"vr":"CS","Value":["ISO_IR 192"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe"}]},"00181050":{"vr":"DS","Value":["0.5"]}}""", "00181050[0]")]
    [TestCase("""{"00080005":{"vr":"CS","Value":["ISO_IR 192"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe"}]},"00181050":{"vr":"IS","Value":[0.5]}}""", "00181050: vr")]
    [TestCase("""{"00080005":{"vr":"CS","Value":["ISO_IR 192"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe"}]}}""", "00181050 written by the toolkit")]
    [TestCase("""{"00080005":{"vr":"CS","Value":["ISO_IR 192"]},"00100010":{"vr":"PN"},"00181050":{"vr":"DS","Value":[0.5]}}""", "00100010: Value, dcm2json has no value")]
    [TestCase("""{"00080005":{"vr":"CS","Value":["ISO_IR 6"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"Doe"}]},"00181050":{"vr":"DS","Value":[0.5]}}""", "00080005")]
    public void Compare_AnyOtherDifference_ReportsIt(string reference, string expected)
    {
        var (differences, _) = Compare(reference);

        Assert.That(differences, Has.One.Contains(expected));
    }

    private static (List<string> Differences, int[] Applied) Compare(string reference)
    {
        var file = DicomFile.Read(Build(b => b.Text(0x0008, 0x0005, "CS", "ISO_IR 100").Text(0x0010, 0x0010, "PN", "Doe^^^").Text(0x0018, 0x1050, "DS", "0.5")));
        Assert.That(DicomJsonWriter.Serialize(file.Dataset), Is.EqualTo(Ours));
        using var ours = JsonDocument.Parse(Ours);
        using var expected = JsonDocument.Parse(reference);
        var differences = new List<string>();
        var comparer = new DicomJsonComparer("test", differences);
        comparer.CompareDataset(ours.RootElement, expected.RootElement, file.Dataset, string.Empty);
        return (differences, comparer.Applied);
    }
}
