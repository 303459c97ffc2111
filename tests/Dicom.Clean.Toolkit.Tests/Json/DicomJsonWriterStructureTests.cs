using System.Text;
using System.Text.Json;
using Dicom.Clean.Toolkit.Json;
using Dicom.Clean.Toolkit.Tests.Support;
using static Dicom.Clean.Toolkit.Tests.Json.JsonTestFiles;

namespace Dicom.Clean.Toolkit.Tests.Json;

/// <summary>Members, order, sequences and the writer entry points.</summary>
[TestFixture]
public sealed class DicomJsonWriterStructureTests
{
    [Test]
    public void Write_Sequences_WritesItemsEmptyItemsAndEmptySequences()
    {
        var item = new DicomByteBuilder().Text(0x0008, 0x1150, "UI", "1.2.3").ToArray();
        var json = JsonOf(b => b
            .Sequence(0x0008, 0x1115, true, item, [])
            .Sequence(0x0008, 0x1140, false));

        Assert.That(json, Is.EqualTo("""{"00081115":{"vr":"SQ","Value":[{"00081150":{"vr":"UI","Value":["1.2.3"]}},{}]},"00081140":{"vr":"SQ"}}"""));
    }

    [Test]
    public void Write_OutOfOrderRepeatedTagsAndGroupLengths_WritesEachTagOnceInOrder()
    {
        var json = JsonOf(b => b
            .UInt32(0x0008, 0x0000, 18)
            .Text(0x0010, 0x0020, "LO", "ID1")
            .Text(0x0008, 0x0060, "CS", "MR")
            .Text(0x0010, 0x0020, "LO", "ID2"));

        Assert.That(json, Is.EqualTo("""{"00080060":{"vr":"CS","Value":["MR"]},"00100020":{"vr":"LO","Value":["ID1"]}}"""));
    }

    [Test]
    public void Write_PrivateAndUnknownImplicitElements_UsesDictionaryOrUN()
    {
        var json = JsonOf(
            b => b.Text(0x0009, 0x0010, "", "GEMS_IDEN_01").Text(0x0009, 0x1001, "", "GE_GENESIS_FF").Bytes(0x0011, 0x1001, "", [1, 2]),
            transferSyntax: ImplicitLittle);

        Assert.Multiple(() =>
        {
            Assert.That(Attribute(json, "00090010"), Is.EqualTo("""{"vr":"LO","Value":["GEMS_IDEN_01"]}"""));
            Assert.That(Attribute(json, "00091001"), Is.EqualTo("""{"vr":"LO","Value":["GE_GENESIS_FF"]}"""), "from the private dictionary");
            Assert.That(Attribute(json, "00111001"), Is.EqualTo("""{"vr":"UN","InlineBinary":"AQI="}"""), "no creator, unknown");
        });
    }

    [Test]
    public void Write_NestingBeyondTheJsonWritersDepth_ThrowsDicomException()
    {
        var level3 = new DicomByteBuilder().Text(0x0008, 0x1150, "UI", "1.2").ToArray();
        var level2 = new DicomByteBuilder().Sequence(0x0008, 0x1115, true, level3).ToArray();
        var level1 = new DicomByteBuilder().Sequence(0x0008, 0x1115, true, level2).ToArray();
        var file = DicomFile.Read(Build(b => b.Sequence(0x0008, 0x1115, true, level1)));
        using var writer = new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { MaxDepth = 8 });

        var error = Assert.Throws<DicomException>(() => DicomJsonWriter.Write(writer, file.Dataset));

        Assert.That(error!.Tag, Is.EqualTo(new DicomTag(0x0008, 0x1115)));
    }

    [Test]
    public async Task WriteAsync_GivesTheSameBytesAsWrite()
    {
        var file = DicomFile.Read(Build(b => b.Text(0x0010, 0x0010, "PN", "Doe^John").Bytes(0x7FE0, 0x0010, "OW", new byte[200_000])));
        using var synchronous = new MemoryStream();
        using var asynchronous = new MemoryStream();

        DicomJsonWriter.Write(synchronous, file.Dataset);
        await DicomJsonWriter.WriteAsync(asynchronous, file.Dataset);

        Assert.That(asynchronous.ToArray(), Is.EqualTo(synchronous.ToArray()));
    }

    [Test]
    public void Write_Indented_IndentsAndKeepsUnicodeReadable()
    {
        var file = DicomFile.Read(Build(b => b.Text(0x0008, 0x0005, "CS", "ISO_IR 192").Bytes(0x0010, 0x0010, "PN", Encoding.UTF8.GetBytes("=山田"))));

        var json = DicomJsonWriter.Serialize(file.Dataset, new DicomJsonWriterOptions { Indented = true });

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\n"));
            Assert.That(json, Does.Contain("\"Ideographic\": \"山田\""));
        });
    }
}
