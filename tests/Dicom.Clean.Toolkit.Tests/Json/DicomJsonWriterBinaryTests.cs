using System.Text.Json;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Json;
using Dicom.Clean.Toolkit.Tests.Support;
using static Dicom.Clean.Toolkit.Tests.Json.JsonTestFiles;

namespace Dicom.Clean.Toolkit.Tests.Json;

/// <summary>Binary values: InlineBinary (PS3.18 F.2.7), BulkDataURI by policy (F.2.6), pixel data in or out.</summary>
[TestFixture]
public sealed class DicomJsonWriterBinaryTests
{
    [TestCase("OW", new byte[] { 2, 1, 4, 3 })]
    [TestCase("OF", new byte[] { 4, 3, 2, 1 })]
    [TestCase("OD", new byte[] { 4, 3, 2, 1 })]
    [TestCase("OB", new byte[] { 1, 2, 3, 4 })]
    [TestCase("UN", new byte[] { 1, 2, 3, 4 })]
    public void Write_BigEndianBinary_WritesLittleEndianWords(string vr, byte[] expected)
    {
        var value = vr == "OD" ? new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 } : [1, 2, 3, 4];
        if (vr == "OD")
        {
            expected = [8, 7, 6, 5, 4, 3, 2, 1];
        }

        var json = JsonOf(b => b.Text(0x0009, 0x0010, "LO", "CREATOR").Bytes(0x0009, 0x1001, vr, value), transferSyntax: ExplicitBig);

        Assert.That(Attribute(json, "00091001"), Is.EqualTo($$"""{"vr":"{{vr}}","InlineBinary":"{{Convert.ToBase64String(expected)}}"}"""));
    }

    [Test]
    public void Write_BulkDataPolicy_NamesValuesFromTheThresholdUp()
    {
        var references = new List<DicomJsonBulkDataReference>();
        var policy = new DicomJsonBulkDataPolicy(4, reference =>
        {
            references.Add(reference);
            return reference.Tag.Element == 0x1003 ? null : $"bulk/{reference.Path}";
        });
        var item = new DicomByteBuilder().Text(0x0009, 0x0010, "LO", "CREATOR").Bytes(0x0009, 0x1002, "OB", [1, 2, 3, 4, 5, 6]).ToArray();

        var json = JsonOf(
            b => b.Sequence(0x0008, 0x1115, false, item)
                .Text(0x0009, 0x0010, "LO", "CREATOR")
                .Bytes(0x0009, 0x1001, "OB", [1, 2])
                .Bytes(0x0009, 0x1003, "OW", [1, 2, 3, 4]),
            new DicomJsonWriterOptions { BulkData = policy });

        Assert.Multiple(() =>
        {
            Assert.That(Attribute(json, "00081115"), Is.EqualTo("""{"vr":"SQ","Value":[{"00090010":{"vr":"LO","Value":["CREATOR"]},"00091002":{"vr":"OB","BulkDataURI":"bulk/00081115/0/00091002"}}]}"""));
            Assert.That(Attribute(json, "00091001"), Is.EqualTo("""{"vr":"OB","InlineBinary":"AQI="}"""), "under the threshold");
            Assert.That(Attribute(json, "00091003"), Is.EqualTo("""{"vr":"OW","InlineBinary":"AQIDBA=="}"""), "the builder said null");
            Assert.That(references.Select(r => r.Tag.Element), Is.EqualTo(new[] { 0x1002, 0x1003 }));
            Assert.That(references[0].ItemPath!.ToString(), Is.EqualTo("(0008,1115)[0]"));
        });
    }

    [Test]
    public void Write_WithoutPixelData_LeavesOutTopLevelPixelDataOnly()
    {
        var icon = new DicomByteBuilder().UInt16(0x0028, 0x0010, 1).Bytes(0x7FE0, 0x0010, "OB", [9, 9]).ToArray();
        Action<DicomByteBuilder> elements = b => b
            .Sequence(0x0088, 0x0200, true, icon)
            .Bytes(0x7FE0, 0x0008, "OF", [0, 0, 0x80, 0x3F])
            .Bytes(0x7FE0, 0x0010, "OW", [1, 2]);

        using var without = JsonDocument.Parse(JsonOf(elements, new DicomJsonWriterOptions { IncludePixelData = false }));
        using var with = JsonDocument.Parse(JsonOf(elements));

        Assert.Multiple(() =>
        {
            Assert.That(without.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "00880200" }));
            Assert.That(without.RootElement.GetProperty("00880200").GetProperty("Value")[0].GetProperty("7FE00010").GetProperty("InlineBinary").GetString(), Is.EqualTo("CQk="));
            Assert.That(with.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "00880200", "7FE00008", "7FE00010" }));
        });
    }

    [Test]
    public void Write_EncapsulatedPixelData_WritesTheEncodedValueField()
    {
        var bytes = Build(b => b.Encapsulated([], [1, 2, 3, 4], [5, 6]), "1.2.840.10008.1.2.4.50");
        var file = DicomFile.Read(bytes);
        var element = file.Dataset.Find(new DicomTag(0x7FE0, 0x0010))!;

        using var json = JsonDocument.Parse(DicomJsonWriter.Serialize(file.Dataset));
        var written = Convert.FromBase64String(json.RootElement.GetProperty("7FE00010").GetProperty("InlineBinary").GetString()!);

        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("7FE00010").GetProperty("vr").GetString(), Is.EqualTo("OB"));
            Assert.That(written, Is.EqualTo(bytes[(int)element.ValueOffset..]), "items and delimiter as encoded");
        });
    }

    [Test]
    public void Write_EncapsulatedPixelDataWithPolicy_NamesIt()
    {
        var policy = new DicomJsonBulkDataPolicy(0, r => $"frames/{r.Path}");
        var file = DicomFile.Read(Build(b => b.Encapsulated([], [1, 2]), "1.2.840.10008.1.2.4.50"));

        var json = DicomJsonWriter.Serialize(file.Dataset, new DicomJsonWriterOptions { BulkData = policy });

        Assert.That(Attribute(json, "7FE00010"), Is.EqualTo("""{"vr":"OB","BulkDataURI":"frames/7FE00010"}"""));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Write_LargeValue_StreamsEveryChunk(bool bigEndian)
    {
        // Several 48 KiB chunks with an odd tail; from a file, the value is deferred and read chunk by chunk.
        var value = new byte[(3 * 48 * 1024) + 1002];
        new Random(7).NextBytes(value);
        var expected = (byte[])value.Clone();
        if (bigEndian)
        {
            for (var i = 0; i + 1 < expected.Length; i += 2)
            {
                (expected[i], expected[i + 1]) = (expected[i + 1], expected[i]);
            }
        }

        // The reader guesses byte order from the first element: start with a low group, as real data sets do.
        var bytes = Build(b => b.Text(0x0008, 0x0060, "CS", "OT").Bytes(0x7FE0, 0x0010, "OW", value), bigEndian ? ExplicitBig : ExplicitLittle);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            using var fromFile = DicomFile.Open(path, new DicomReaderOptions { LargeValueThreshold = 1024 });
            var fromMemory = DicomFile.Read(bytes);

            Assert.Multiple(() =>
            {
                Assert.That(fromFile.Dataset.Find(new DicomTag(0x7FE0, 0x0010))!.IsDeferred, Is.True);
                Assert.That(InlineBinary(fromFile), Is.EqualTo(expected), "from a file");
                Assert.That(InlineBinary(fromMemory), Is.EqualTo(expected), "from memory");
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] InlineBinary(DicomFile file)
    {
        using var json = JsonDocument.Parse(DicomJsonWriter.SerializeToUtf8Bytes(file.Dataset));
        return Convert.FromBase64String(json.RootElement.GetProperty("7FE00010").GetProperty("InlineBinary").GetString()!);
    }
}
