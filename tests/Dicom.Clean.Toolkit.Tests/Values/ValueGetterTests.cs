using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Values;

[TestFixture]
public sealed class ValueGetterTests
{
    private static DicomDataset Read(Func<DicomByteBuilder, DicomByteBuilder> build) =>
        DicomFile.Read(build(DicomByteBuilder.Part10("1.2.840.10008.1.2.1")).ToArray()).Dataset;

    [Test]
    public void GetStrings_SplitsOnBackslashAndTrimsPerVR()
    {
        var dataset = Read(b => b
            .Text(0x0008, 0x0008, "CS", "DERIVED \\ PRIMARY\\AXIAL")
            .Text(0x0008, 0x0018, "UI", "1.2.3")
            .Text(0x0010, 0x4000, "LT", "  keep leading\\not split  "));

        Assert.Multiple(() =>
        {
            Assert.That(dataset.Find(DicomTags.ImageType)!.GetStrings(), Is.EqualTo(new[] { "DERIVED", "PRIMARY", "AXIAL" }));
            Assert.That(dataset.Find(DicomTags.ImageType)!.GetValueCount(), Is.EqualTo(3));
            Assert.That(dataset.Find(DicomTags.SOPInstanceUID)!.GetString(), Is.EqualTo("1.2.3"));
            Assert.That(dataset.Find(DicomTags.SOPInstanceUID)!.Length, Is.EqualTo(6), "UI padded with NUL");
            Assert.That(dataset.Find(DicomTags.PatientComments)!.GetString(), Is.EqualTo("  keep leading\\not split"));
        });
    }

    [Test]
    public void NumberGetters_ConvertStringAndBinaryNumbers()
    {
        var dataset = Read(b => b
            .Text(0x0018, 0x0050, "DS", "2.5\\-1e3")
            .Text(0x0020, 0x0013, "IS", "+42 ")
            .UInt16(0x0028, 0x0010, 512)
            .Bytes(0x0028, 0x0106, "SS", [0xFE, 0xFF])
            .Bytes(0x0018, 0x9306, "FD", BitConverter.GetBytes(0.625)));

        Assert.Multiple(() =>
        {
            Assert.That(dataset.Find(DicomTags.SliceThickness)!.GetDouble(1), Is.EqualTo(-1000.0));
            Assert.That(dataset.Find(DicomTags.SliceThickness)!.TryGetInt32(0, out _), Is.False, "2.5 is not an integer");
            Assert.That(dataset.Find(DicomTags.InstanceNumber)!.GetInt32(), Is.EqualTo(42));
            Assert.That(dataset.Find(DicomTags.Rows)!.GetInt32(), Is.EqualTo(512));
            Assert.That(dataset.Find(DicomTags.Rows)!.GetDouble(), Is.EqualTo(512.0));
            Assert.That(dataset.Find(DicomTags.SmallestImagePixelValue)!.GetInt16(), Is.EqualTo(-2));
            Assert.That(dataset.Find(DicomTags.SmallestImagePixelValue)!.TryGetUInt16(0, out _), Is.False, "-2 does not fit");
            Assert.That(dataset.Find(DicomTags.SingleCollimationWidth)!.GetDouble(), Is.EqualTo(0.625));
        });
    }

    [Test]
    public void NumberGetters_OnBadValue_ThrowDicomExceptionWithTag()
    {
        var dataset = Read(b => b.Text(0x0028, 0x0008, "IS", "1A"));
        var frames = dataset.Find(DicomTags.NumberOfFrames)!;

        var ex = Assert.Throws<DicomException>(() => frames.GetInt32());

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Tag, Is.EqualTo(DicomTags.NumberOfFrames));
            Assert.That(frames.TryGetInt32(0, out _), Is.False);
            Assert.That(frames.GetDisplayText(), Is.EqualTo("1A"));
        });
    }

    [Test]
    public void DateAndTimeGetters_ParseFullAndPartialValues()
    {
        var dataset = Read(b => b
            .Text(0x0008, 0x0020, "DA", "20040119")
            .Text(0x0008, 0x0030, "TM", "0727")
            .Text(0x0008, 0x0031, "TM", "112749.5")
            .Text(0x0008, 0x002A, "DT", "20040119072730.25+0100"));

        Assert.Multiple(() =>
        {
            Assert.That(dataset.Find(DicomTags.StudyDate)!.GetDate(), Is.EqualTo(new DateOnly(2004, 1, 19)));
            Assert.That(dataset.Find(DicomTags.StudyTime)!.GetTime(), Is.EqualTo(new TimeOnly(7, 27)));
            Assert.That(dataset.Find(DicomTags.SeriesTime)!.GetTime(), Is.EqualTo(new TimeOnly(11, 27, 49, 500)));
            var dateTime = dataset.Find(DicomTags.AcquisitionDateTime)!.GetDateTime();
            Assert.That(dateTime.Value, Is.EqualTo(new DateTime(2004, 1, 19, 7, 27, 30, 250)));
            Assert.That(dateTime.Offset, Is.EqualTo(TimeSpan.FromHours(1)));
        });
    }

    [Test]
    public void GetPersonName_SplitsGroupsAndComponents()
    {
        var dataset = Read(b => b.Text(0x0010, 0x0010, "PN", "Yamada^Tarou=YAMADA^TAROU=yamada^tarou\\Second^Name"));
        var element = dataset.Find(DicomTags.PatientName)!;

        var first = element.GetPersonName(0, dataset.CharacterSet);

        Assert.Multiple(() =>
        {
            Assert.That(first.FamilyName, Is.EqualTo("Yamada"));
            Assert.That(first.GivenName, Is.EqualTo("Tarou"));
            Assert.That(first.Ideographic, Is.EqualTo("YAMADA^TAROU"));
            Assert.That(first.Phonetic, Is.EqualTo("yamada^tarou"));
            Assert.That(element.GetPersonName(1).FamilyName, Is.EqualTo("Second"));
            Assert.That(element.GetPersonNames(), Has.Length.EqualTo(2));
        });
    }

    [Test]
    public void GetTag_ReadsAttributeTags()
    {
        var dataset = Read(b => b.Bytes(0x0028, 0x0009, "AT", [0x54, 0x00, 0x10, 0x00, 0x54, 0x00, 0x20, 0x00]));
        var element = dataset.Find(DicomTags.FrameIncrementPointer)!;

        Assert.Multiple(() =>
        {
            Assert.That(element.GetTag(1), Is.EqualTo(new DicomTag(0x0054, 0x0020)));
            Assert.That(element.GetValueCount(), Is.EqualTo(2));
        });
    }
}
