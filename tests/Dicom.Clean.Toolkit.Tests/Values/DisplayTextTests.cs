using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Values;

[TestFixture]
public sealed class DisplayTextTests
{
    private static DicomDataset Read(Func<DicomByteBuilder, DicomByteBuilder> build) =>
        DicomFile.Read(build(DicomByteBuilder.Part10("1.2.840.10008.1.2.1")).ToArray()).Dataset;

    private static string Display(DicomDataset dataset, DicomTag tag) => dataset.Find(tag)!.GetDisplayText(dataset.CharacterSet);

    [Test]
    public void Text_IsDecodedTrimmedAndJoined()
    {
        var dataset = Read(b => b
            .Text(0x0008, 0x0008, "CS", "ORIGINAL \\PRIMARY ")
            .Text(0x0008, 0x0050, "SH", "")
            .Text(0x0010, 0x0010, "PN", "Doe^John=DOE^JOHN "));

        Assert.Multiple(() =>
        {
            Assert.That(Display(dataset, DicomTags.ImageType), Is.EqualTo("ORIGINAL\\PRIMARY"));
            Assert.That(Display(dataset, DicomTags.AccessionNumber), Is.EqualTo(string.Empty));
            Assert.That(Display(dataset, DicomTags.PatientName), Is.EqualTo("Doe^John=DOE^JOHN"));
        });
    }

    [Test]
    public void BinaryNumbers_AreInvariantRoundTrippableDecimal()
    {
        var floats = new byte[8];
        BitConverter.TryWriteBytes(floats.AsSpan(0, 4), -77.2040634f);
        BitConverter.TryWriteBytes(floats.AsSpan(4, 4), 0.1f);
        var dataset = Read(b => b
            .UInt16(0x0028, 0x0010, 512)
            .Bytes(0x0028, 0x0106, "SS", [0xFE, 0xFF, 0x02, 0x00])
            .Bytes(0x0018, 0x9306, "FD", BitConverter.GetBytes(862399761.11107898))
            .Bytes(0x0027, 0x1041, "FL", floats));

        var fl = Display(dataset, new DicomTag(0x0027, 0x1041));

        Assert.Multiple(() =>
        {
            Assert.That(Display(dataset, DicomTags.Rows), Is.EqualTo("512"));
            Assert.That(Display(dataset, DicomTags.SmallestImagePixelValue), Is.EqualTo("-2\\2"));
            Assert.That(double.Parse(Display(dataset, DicomTags.SingleCollimationWidth), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(862399761.11107898));
            Assert.That(fl.Split('\\').Select(v => float.Parse(v, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[] { -77.2040634f, 0.1f }));
            Assert.That(fl, Is.EqualTo("-77.20406\\0.1"));
        });
    }

    [Test]
    public void AttributeTags_ArePrintedAsGroupElement()
    {
        var dataset = Read(b => b.Bytes(0x0028, 0x0009, "AT", [0x54, 0x00, 0x10, 0x00, 0x54, 0x00, 0x20, 0x00]));

        Assert.That(Display(dataset, DicomTags.FrameIncrementPointer), Is.EqualTo("(0054,0010)\\(0054,0020)"));
    }

    [Test]
    public void BulkValuesAndSequences_AreSummarised()
    {
        var item = new DicomByteBuilder().Text(0x0008, 0x1150, "UI", "1.2").ToArray();
        var dataset = Read(b => b
            .Bytes(0x0019, 0x1001, "OB", [0, 1])
            .Sequence(0x0008, 0x1140, true, item, item)
            .Bytes(0x0029, 0x1010, "UN", new byte[166])
            .Bytes(0x7FE0, 0x0010, "OW", new byte[524288]));

        Assert.Multiple(() =>
        {
            Assert.That(Display(dataset, new DicomTag(0x0019, 0x1001)), Is.EqualTo("<OB 2 bytes>"));
            Assert.That(Display(dataset, DicomTags.ReferencedImageSequence), Is.EqualTo("<SQ 2 items>"));
            Assert.That(Display(dataset, new DicomTag(0x0029, 0x1010)), Is.EqualTo("<UN 166 bytes>"));
            Assert.That(Display(dataset, DicomTags.PixelData), Is.EqualTo("<OW 524288 bytes>"));
        });
    }

    [Test]
    public void Walk_VisitsNestedItemsInFileOrderWithPaths()
    {
        var inner = new DicomByteBuilder().Text(0x0008, 0x1150, "UI", "1.2").ToArray();
        var outer = new DicomByteBuilder().Sequence(0x0008, 0x1199, false, inner, inner).ToArray();
        var dataset = Read(b => b
            .Text(0x0008, 0x0060, "CS", "CT")
            .Sequence(0x0008, 0x1115, true, outer)
            .Text(0x0010, 0x0010, "PN", "A^B"));

        var walk = dataset.Walk().Select(e => $"{e.ItemPath}|{e.Element.Tag}|{e.Keyword}|{e.Depth}").ToList();

        Assert.That(walk, Is.EqualTo(new[]
        {
            "|(0008,0060)|Modality|0",
            "|(0008,1115)|ReferencedSeriesSequence|0",
            "(0008,1115)[0]|(0008,1199)|ReferencedSOPSequence|1",
            "(0008,1115)[0]/(0008,1199)[0]|(0008,1150)|ReferencedSOPClassUID|2",
            "(0008,1115)[0]/(0008,1199)[1]|(0008,1150)|ReferencedSOPClassUID|2",
            "|(0010,0010)|PatientName|0",
        }));
    }
}
