using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.IO;

/// <summary>Sequences, odd lengths, padding and damage: what the reader does with structure.</summary>
[TestFixture]
public sealed class DicomReaderStructureTests
{
    private const string ExplicitLittle = "1.2.840.10008.1.2.1";

    [TestCase(true, true)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    [TestCase(false, false)]
    public void Read_NestedSequences_ReadsItemsInOrder(bool explicitVR, bool undefinedLength)
    {
        var inner = new DicomByteBuilder(explicitVR).Text(0x0008, 0x1150, "UI", "1.2.3").ToArray();
        var innerSequence = new DicomByteBuilder(explicitVR).Sequence(0x0008, 0x1199, undefinedLength, inner, inner).ToArray();
        var outerItem = new DicomByteBuilder(explicitVR).Raw(innerSequence).Text(0x0020, 0x000E, "UI", "1.2.4").ToArray();
        var bytes = DicomByteBuilder.Part10(explicitVR ? ExplicitLittle : "1.2.840.10008.1.2", explicitVR)
            .Sequence(0x0008, 0x1115, undefinedLength, outerItem)
            .Text(0x0010, 0x0010, "PN", "After^Sequence")
            .ToArray();

        var file = DicomFile.Read(bytes);
        var sequence = file.Dataset.Find(DicomTags.ReferencedSeriesSequence)!;
        var item = sequence.Items[0];

        Assert.Multiple(() =>
        {
            Assert.That(sequence.VR, Is.EqualTo(DicomVR.SQ));
            Assert.That(sequence.HasUndefinedLength, Is.EqualTo(undefinedLength));
            Assert.That(sequence.Items, Has.Count.EqualTo(1));
            Assert.That(item.Find(DicomTags.ReferencedSOPSequence)!.Items, Has.Count.EqualTo(2));
            Assert.That(item.Find(DicomTags.ReferencedSOPSequence)!.Items[1].Find(DicomTags.ReferencedSOPClassUID)!.GetString(), Is.EqualTo("1.2.3"));
            Assert.That(item.Find(DicomTags.SeriesInstanceUID)!.GetString(), Is.EqualTo("1.2.4"));
            Assert.That(item.HasUndefinedLength, Is.EqualTo(undefinedLength));
            Assert.That(file.Dataset.Find(DicomTags.PatientName)!.GetString(), Is.EqualTo("After^Sequence"));
            Assert.That(file.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Read_UNWithUndefinedLength_ReadsImplicitSequence()
    {
        var item = new DicomByteBuilder(explicitVR: false).Text(0x0020, 0x000D, "UI", "1.2.5").ToArray();
        var content = new DicomByteBuilder(explicitVR: false).Item(item, undefinedLength: true).Tag(0xFFFE, 0xE0DD).Raw32(0).ToArray();
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Header(0x4453, 0x100C, "UN", DicomByteBuilder.Undefined).Raw(content)
            .Text(0x7FE1, 0x0010, "LO", "NEXT")
            .ToArray();

        var dataset = DicomFile.Read(bytes).Dataset;
        var sequence = dataset.Find(new DicomTag(0x4453, 0x100C))!;

        Assert.Multiple(() =>
        {
            Assert.That(sequence.VR, Is.EqualTo(DicomVR.SQ));
            Assert.That(sequence.Items[0].Find(DicomTags.StudyInstanceUID)!.GetString(), Is.EqualTo("1.2.5"));
            Assert.That(sequence.Items[0].Find(DicomTags.StudyInstanceUID)!.VR, Is.EqualTo(DicomVR.UI));
            Assert.That(dataset.Find(new DicomTag(0x7FE1, 0x0010))!.GetString(), Is.EqualTo("NEXT"));
        });
    }

    [Test]
    public void Read_NestingDeeperThanLimit_ThrowsInsteadOfOverflowingTheStack()
    {
        // 100 000 nested undefined-length sequences: far past the limit, and deep enough to overflow an unbounded recursion.
        var builder = new DicomByteBuilder().Raw(DicomByteBuilder.Part10(ExplicitLittle).ToArray());
        for (var i = 0; i < 100_000; i++)
        {
            builder.Header(0x0040, 0xA730, "SQ", DicomByteBuilder.Undefined).Tag(0xFFFE, 0xE000).Raw32(DicomByteBuilder.Undefined);
        }

        var ex = Assert.Throws<DicomException>(() => DicomFile.Read(builder.ToArray()));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Reason, Does.Contain("nested deeper"));
            Assert.That(ex.Offset, Is.GreaterThan(132));
        });
    }

    [Test]
    public void Read_SmallFileDeclaringHugeLength_ThrowsWithoutAllocatingIt()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Text(0x0008, 0x0060, "CS", "OT")
            .Header(0x0009, 0x1010, "OB", 1_300_000_000).Raw(new byte[4000])
            .ToArray();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<DicomException>(() => DicomFile.Read(bytes));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Tag, Is.EqualTo(new DicomTag(0x0009, 0x1010)));
            Assert.That(ex.Offset, Is.GreaterThan(132));
            Assert.That(allocated, Is.LessThan(1_000_000), "bytes allocated while reading a 4 KB file");
        });
    }

    [Test]
    public void Read_TruncatedPixelData_KeepsTagsAndWarns()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Text(0x0010, 0x0020, "LO", "P1")
            .Header(0x7FE0, 0x0010, "OW", 8192).Raw(new byte[100])
            .ToArray();

        var file = DicomFile.Read(bytes);
        var pixels = file.Dataset.Find(DicomTags.PixelData)!;

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.Find(DicomTags.PatientID)!.GetString(), Is.EqualTo("P1"));
            Assert.That(pixels.IsTruncated, Is.True);
            Assert.That(pixels.Length, Is.EqualTo(100));
            Assert.That(file.Warnings, Has.Count.EqualTo(1));
            Assert.That(file.Warnings[0].Tag, Is.EqualTo(DicomTags.PixelData));
            Assert.That(file.Warnings[0].Offset, Is.EqualTo(pixels.Offset));
        });
    }

    [Test]
    public void Read_TruncatedElementOtherThanPixelData_ThrowsWithOffsetAndTag()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Text(0x0010, 0x0020, "LO", "P1")
            .Header(0x300A, 0x012C, "DS", 50).Raw("1\\2"u8.ToArray())
            .ToArray();

        var ex = Assert.Throws<DicomException>(() => DicomFile.Read(bytes));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Tag, Is.EqualTo(new DicomTag(0x300A, 0x012C)));
            Assert.That(ex.Offset, Is.EqualTo(bytes.Length - 3 - 8));
        });
    }

    [Test]
    public void Read_OddLengthAndTrailingPadding_WarnsAndKeepsValues()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Text(0x0010, 0x0010, "PN", "Odd^Name", pad: false)
            .Text(0x0010, 0x0020, "LO", "ID")
            .Raw(new byte[10])
            .ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.Find(DicomTags.PatientName)!.GetString(), Is.EqualTo("Odd^Name"));
            Assert.That(file.Dataset.Find(DicomTags.PatientName)!.Length, Is.EqualTo(8));
            Assert.That(file.Dataset.Find(DicomTags.PatientID)!.GetString(), Is.EqualTo("ID"));
            Assert.That(file.Warnings.Select(w => w.Message), Has.Some.Contains("trailing zero bytes"));
        });
    }

    [Test]
    public void Read_OddValueLength_WarnsWithOffset()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle).Text(0x0010, 0x0010, "PN", "Odd", pad: false).ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.Find(DicomTags.PatientName)!.GetString(), Is.EqualTo("Odd"));
            Assert.That(file.Warnings, Has.Count.EqualTo(1));
            Assert.That(file.Warnings[0].Message, Does.Contain("Odd value length 3"));
            Assert.That(file.Warnings[0].Offset, Is.EqualTo(file.Dataset.Find(DicomTags.PatientName)!.Offset));
        });
    }

    [Test]
    public void Read_InvalidVRBytes_FallsBackOnDictionary()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Text(0x0008, 0x0060, "CS", "MR")
            .Tag(0x0010, 0x0020).Raw(0x3F, 0x3F, 4, 0).Raw("ABCD"u8.ToArray())
            .Text(0x0010, 0x0030, "DA", "20240101")
            .ToArray();

        var file = DicomFile.Read(bytes);
        var patientId = file.Dataset.Find(DicomTags.PatientID)!;

        Assert.Multiple(() =>
        {
            Assert.That(patientId.VR, Is.EqualTo(DicomVR.LO));
            Assert.That(patientId.GetString(), Is.EqualTo("ABCD"));
            Assert.That(file.Dataset.Find(DicomTags.PatientBirthDate)!.GetDate(), Is.EqualTo(new DateOnly(2024, 1, 1)));
            Assert.That(file.Warnings.Single().Message, Does.Contain("Invalid VR bytes 3F 3F"));
        });
    }

    [Test]
    public void Read_ElementsAfterPixelData_AreRead()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Bytes(0x7FE0, 0x0010, "OW", new byte[16])
            .Bytes(0xFFFC, 0xFFFC, "OB", new byte[6])
            .ToArray();

        var dataset = DicomFile.Read(bytes).Dataset;

        Assert.Multiple(() =>
        {
            Assert.That(dataset.Count, Is.EqualTo(2));
            Assert.That(dataset[1].Tag, Is.EqualTo(new DicomTag(0xFFFC, 0xFFFC)));
        });
    }

    [Test]
    public void Read_SequenceMissingItemTag_ThrowsWithOffset()
    {
        var bogus = new DicomByteBuilder().Text(0x0008, 0x0060, "CS", "CT").ToArray();
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Header(0x0008, 0x1115, "SQ", (uint)bogus.Length).Raw(bogus)
            .ToArray();

        var ex = Assert.Throws<DicomException>(() => DicomFile.Read(bytes));

        Assert.That(ex!.Tag, Is.EqualTo(DicomTags.ReferencedSeriesSequence));
    }

    [Test]
    public void Read_UndefinedItemNeverDelimited_ThrowsWithOffset()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Header(0x0008, 0x1115, "SQ", DicomByteBuilder.Undefined)
            .Tag(0xFFFE, 0xE000).Raw32(DicomByteBuilder.Undefined)
            .Text(0x0008, 0x1150, "UI", "1.2")
            .ToArray();

        var ex = Assert.Throws<DicomException>(() => DicomFile.Read(bytes));

        Assert.That(ex!.Offset, Is.Not.Null);
    }
}
