using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Fuzz;

/// <summary>Regression tests for escapes the fuzz test found, one per bug, with the input that showed it.</summary>
[TestFixture]
public sealed class ReaderRegressionTests
{
    /// <summary>
    /// Fuzz: image_dfl.dcm with the VR of (0002,0000) corrupted. Reading the group length as a number
    /// from a non-numeric VR made TryReadBinaryInteger and TryReadBinaryDouble call each other forever
    /// (a stack overflow, which kills the process).
    /// </summary>
    [TestCase("PN")]
    [TestCase("AT")]
    [TestCase("UN")]
    public void Read_MetaGroupLengthWithNonNumericVR_ReadsWithAWarning(string vr)
    {
        var meta = new DicomByteBuilder().Text(0x0002, 0x0010, "UI", "1.2.840.10008.1.2.1").ToArray();
        var bytes = new DicomByteBuilder()
            .Raw(new byte[128]).Raw("DICM"u8.ToArray())
            .Bytes(0x0002, 0x0000, vr, BitConverter.GetBytes(meta.Length))
            .Raw(meta)
            .Text(0x0010, 0x0010, "PN", "Doe^John")
            .ToArray();

        using var file = DicomFile.Read(bytes);
        var groupLength = file.FileMetaInformation.Find(new DicomTag(0x0002, 0x0000))!;

        Assert.Multiple(() =>
        {
            Assert.That(groupLength.TryGetUInt32(0, out _), Is.EqualTo(vr == "UN"), "UN reads as bytes, the others are no numbers");
            Assert.That(groupLength.TryGetDouble(0, out _), Is.EqualTo(vr == "UN"));
            Assert.That(file.Dataset.Find(new DicomTag(0x0010, 0x0010))!.GetString(), Is.EqualTo("Doe^John"));
        });
    }

    /// <summary>
    /// Fuzz: rtplan.dcm (implicit VR) with the length of a sequence inside a defined-length item set to
    /// undefined (FFFFFFFF). Without a delimiter, the sequence went on to read the parent's next item,
    /// whose bounds put the position back at the end of the first one: an endless loop.
    /// </summary>
    [Test]
    public void Read_UndefinedLengthSequenceWithoutDelimiterInDefinedItem_EndsWithTheItem()
    {
        var inner = new DicomByteBuilder(explicitVR: false).Text(0x300A, 0x010C, "DS", "0.5").ToArray();
        var sequence = new DicomByteBuilder(explicitVR: false)
            .Header(0x300C, 0x0050, "SQ", DicomByteBuilder.Undefined)
            .Item(inner, undefinedLength: false)
            .ToArray();
        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2", explicitVR: false)
            .Sequence(0x300C, 0x0020, false, sequence, sequence)
            .Text(0x300E, 0x0002, "CS", "UNAPPROVED")
            .ToArray();

        using var file = DicomFile.Read(bytes);
        var outer = file.Dataset.Find(new DicomTag(0x300C, 0x0020))!;

        Assert.Multiple(() =>
        {
            Assert.That(outer.Items, Has.Count.EqualTo(2));
            Assert.That(outer.Items.Select(i => i.Find(new DicomTag(0x300C, 0x0050))!.Items.Count), Is.EqualTo(new[] { 1, 1 }));
            Assert.That(file.Dataset.Find(new DicomTag(0x300E, 0x0002))!.GetString(), Is.EqualTo("UNAPPROVED"));
            Assert.That(file.Warnings.Select(w => w.Tag), Has.Some.EqualTo(new DicomTag(0x300C, 0x0050)), "a warning on the sequence");
        });
    }
}
