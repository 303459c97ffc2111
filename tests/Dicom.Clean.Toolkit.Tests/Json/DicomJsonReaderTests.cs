using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Json;

namespace Dicom.Clean.Toolkit.Tests.Json;

/// <summary>DICOM JSON read back into a data set: values, character sets, bulk data and refusals.</summary>
[TestFixture]
public sealed class DicomJsonReaderTests
{
    [Test]
    public void Read_EveryKindOfValue_GivesTheValues()
    {
        var dataset = DicomJsonReader.Read("""
            {
              "00080060": { "vr": "CS", "Value": ["MR"] },
              "00080008": { "vr": "CS", "Value": ["ORIGINAL", null, "AXIAL"] },
              "00100010": { "vr": "PN", "Value": [{ "Alphabetic": "Yamada^Tarou", "Ideographic": "山田^太郎" }] },
              "00180050": { "vr": "DS", "Value": [0.5, "1A"] },
              "00200013": { "vr": "IS", "Value": [7] },
              "00280010": { "vr": "US", "Value": [512] },
              "00281052": { "vr": "DS" },
              "00209165": { "vr": "AT", "Value": ["0062000B"] },
              "00189087": { "vr": "FD", "Value": ["NaN", 1000.5] },
              "00291010": { "vr": "OB", "InlineBinary": "AQID" },
              "00081115": { "vr": "SQ", "Value": [{ "00081150": { "vr": "UI", "Value": ["1.2.3"] } }, {}] }
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(dataset.Find(DicomTags.Modality)!.GetString(), Is.EqualTo("MR"));
            Assert.That(dataset.Find(DicomTags.ImageType)!.GetStrings(), Is.EqualTo(new[] { "ORIGINAL", "", "AXIAL" }));
            Assert.That(dataset.Find(new DicomTag(0x0008, 0x0005))!.GetString(), Is.EqualTo("ISO_IR 192"), "added for the ideographic name");
            Assert.That(dataset.Find(DicomTags.PatientName)!.GetPersonName(0, dataset.CharacterSet).Ideographic, Is.EqualTo("山田^太郎"));
            Assert.That(dataset.Find(DicomTags.SliceThickness)!.GetStrings(), Is.EqualTo(new[] { "0.5", "1A" }));
            Assert.That(dataset.Find(DicomTags.InstanceNumber)!.GetInt32(), Is.EqualTo(7));
            Assert.That(dataset.Find(DicomTags.Rows)!.GetUInt16(), Is.EqualTo(512));
            Assert.That(dataset.Find(DicomTags.RescaleIntercept)!.IsEmpty, Is.True);
            Assert.That(dataset.Find(new DicomTag(0x0020, 0x9165))!.GetTag(), Is.EqualTo(new DicomTag(0x0062, 0x000B)));
            Assert.That(dataset.Find(new DicomTag(0x0018, 0x9087))!.GetDouble(0), Is.NaN);
            Assert.That(dataset.Find(new DicomTag(0x0018, 0x9087))!.GetDouble(1), Is.EqualTo(1000.5));
            Assert.That(dataset.Find(new DicomTag(0x0029, 0x1010))!.RawValue.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3, 0 }), "padded to even length");
            Assert.That(dataset.Find(DicomTags.ReferencedSeriesSequence)!.Items, Has.Count.EqualTo(2));
            Assert.That(dataset.Find(DicomTags.ReferencedSeriesSequence)!.Items[0].Find(DicomTags.ReferencedSOPClassUID)!.GetString(), Is.EqualTo("1.2.3"));
        });
    }

    [Test]
    public void Read_DeclaredCharacterSet_EncodesWithIt()
    {
        var dataset = DicomJsonReader.Read("""{ "00080005": { "vr": "CS", "Value": ["ISO_IR 100"] }, "00100010": { "vr": "PN", "Value": [{ "Alphabetic": "Buc^Jérôme" }] } }""");

        var name = dataset.Find(DicomTags.PatientName)!;

        Assert.Multiple(() =>
        {
            Assert.That(name.RawValue.ToArray(), Is.EqualTo(System.Text.Encoding.Latin1.GetBytes("Buc^Jérôme")));
            Assert.That(name.GetString(dataset.CharacterSet), Is.EqualTo("Buc^Jérôme"));
        });
    }

    [Test]
    public void Read_TextTheDeclaredSetCannotHold_Throws()
    {
        var error = Assert.Throws<DicomException>(() => DicomJsonReader.Read("""{ "00080005": { "vr": "CS", "Value": ["ISO_IR 100"] }, "00100010": { "vr": "PN", "Value": [{ "Alphabetic": "山田" }] } }"""));

        Assert.That(error!.Tag, Is.EqualTo(DicomTags.PatientName));
    }

    [Test]
    public void Read_BulkDataUri_AsksTheResolver()
    {
        var requests = new List<DicomJsonBulkDataRequest>();
        var options = new DicomJsonReaderOptions
        {
            BulkDataResolver = request =>
            {
                requests.Add(request);
                return request.Tag.Element == 0x1010 ? new byte[] { 9, 8 } : null;
            },
        };

        var dataset = DicomJsonReader.Read(
            """{ "00291010": { "vr": "OB", "BulkDataURI": "bulk/1" }, "00291011": { "vr": "OW", "BulkDataURI": "bulk/2" } }""", options);

        Assert.Multiple(() =>
        {
            Assert.That(requests.Select(r => (r.Uri, r.Path, r.VR.Code)), Is.EqualTo(new[] { ("bulk/1", "00291010", "OB"), ("bulk/2", "00291011", "OW") }));
            Assert.That(dataset.Find(new DicomTag(0x0029, 0x1010))!.RawValue.ToArray(), Is.EqualTo(new byte[] { 9, 8 }));
            Assert.That(dataset.Find(new DicomTag(0x0029, 0x1011))!.IsEmpty, Is.True, "the resolver had nothing");
        });
    }

    [Test]
    public void ReadArray_QueryResponse_GivesEachDataset()
    {
        var datasets = DicomJsonReader.ReadArray("""[{ "00100020": { "vr": "LO", "Value": ["A"] } }, { "00100020": { "vr": "LO", "Value": ["B"] } }]"""u8.ToArray());

        Assert.That(datasets.Select(d => d.Find(DicomTags.PatientID)!.GetString()), Is.EqualTo(new[] { "A", "B" }));
    }

    [TestCase("""{ "00100010": { "vr": "PN", "Value": [{ "Alphabetic": "A" }] """, "Not valid JSON")]
    [TestCase("""[]""", "Expected a JSON object")]
    [TestCase("""{ "0010001": { "vr": "PN" } }""", "not an eight-digit hexadecimal tag")]
    [TestCase("""{ "00100010": { "Value": ["A"] } }""", "no valid \"vr\"")]
    [TestCase("""{ "00100010": { "vr": "XX" } }""", "no valid \"vr\"")]
    [TestCase("""{ "00100010": { "vr": "PN" }, "00100010": { "vr": "PN" } }""", "appears twice")]
    [TestCase("""{ "00280010": { "vr": "US", "Value": [70000] } }""", "is not a US value")]
    [TestCase("""{ "00280010": { "vr": "US", "Value": "512" } }""", "is not an array")]
    [TestCase("""{ "7FE00010": { "vr": "OW", "Value": [1] } }""", "must be InlineBinary or BulkDataURI")]
    [TestCase("""{ "7FE00010": { "vr": "OW", "InlineBinary": "***" } }""", "not base64")]
    [TestCase("""{ "7FE00010": { "vr": "OW", "BulkDataURI": "x" } }""", "no resolver")]
    [TestCase("""{ "00020010": { "vr": "UI", "Value": ["1.2"] } }""", "group 0002")]
    [TestCase("""{ "00080016": { "vr": "UI", "Value": ["1.2\u0100"] } }""", "outside the default repertoire")]
    [TestCase("""{ "00204000": { "vr": "LT", "Value": ["a", "b"] } }""", "holds one value")]
    public void Read_InvalidJson_ThrowsDicomException(string json, string reason)
    {
        var error = Assert.Throws<DicomException>(() => DicomJsonReader.Read(json));

        Assert.That(error!.Reason, Does.Contain(reason));
    }
}
