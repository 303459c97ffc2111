using System.Globalization;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Infrastructure.Dicom;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Infrastructure.Tests.Dicom;

public sealed class ToolkitDicomParserTests
{
    private const string ExplicitLittleEndian = "1.2.840.10008.1.2.1";

    [Test]
    public async Task Parse_WithPart10File_ReturnsAttributesAndEveryElementWithItemPaths()
    {
        var file = SampleFile();

        var parsed = await new ToolkitDicomParser().ParseAsync(new MemoryStream(file), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Attributes.SopInstanceUid, Is.EqualTo("1.2.3.4.5"));
            Assert.That(parsed.Attributes.SopClassUid, Is.EqualTo("1.2.840.10008.5.1.4.1.1.7"));
            Assert.That(parsed.Attributes.Modality, Is.EqualTo("OT"));
            Assert.That(parsed.Attributes.PatientName, Is.EqualTo("Doe^Jane"));
            Assert.That(parsed.Attributes.TransferSyntaxUid, Is.EqualTo(ExplicitLittleEndian));
            Assert.That(parsed.Attributes.Rows, Is.EqualTo(2));
            Assert.That(parsed.Attributes.Columns, Is.EqualTo(3));
            Assert.That(parsed.Attributes.NumberOfFrames, Is.EqualTo(1));
        });
        Assert.That(parsed.Elements.Select(e => $"{e.Tag:X8} {e.Vr} {e.Keyword} [{e.Path}] {e.Value}"), Is.EqualTo(new[]
        {
            "00080016 UI SOPClassUID [] 1.2.840.10008.5.1.4.1.1.7",
            "00080018 UI SOPInstanceUID [] 1.2.3.4.5",
            "00080060 CS Modality [] OT",
            "00081115 SQ ReferencedSeriesSequence [] <SQ 2 items>",
            "0020000E UI SeriesInstanceUID [(0008,1115)[0]] 1.2.9.1",
            "0020000E UI SeriesInstanceUID [(0008,1115)[1]] 1.2.9.2",
            "00100010 PN PatientName [] Doe^Jane",
            "00280010 US Rows [] 2",
            "00280011 US Columns [] 3",
            "7FE00010 OW PixelData [] <OW 12 bytes>",
        }));
    }

    [Test]
    public async Task Parse_ReadsToTheEndWithoutClosingTheStream()
    {
        var stream = new MemoryStream(SampleFile());

        await new ToolkitDicomParser().ParseAsync(stream, CancellationToken.None);

        Assert.That(stream.CanRead, Is.True);
    }

    [Test]
    public void Parse_WithTextFile_ThrowsUnreadableWithReason()
    {
        var ex = Assert.ThrowsAsync<UnreadableDicomException>(() =>
            new ToolkitDicomParser().ParseAsync(new MemoryStream("just some text, not DICOM at all"u8.ToArray()), CancellationToken.None));

        Assert.That(ex!.Reason, Is.Not.Empty);
    }

    [Test]
    public void Parse_WithLengthPastTheEnd_ThrowsUnreadableWithOffset()
    {
        var file = DicomByteBuilder.Part10(ExplicitLittleEndian)
            .Text(0x0008, 0x0018, "UI", "1.2.3")
            .Header(0x0010, 0x0010, "PN", 4000)
            .Raw("Doe"u8.ToArray())
            .ToArray();

        var ex = Assert.ThrowsAsync<UnreadableDicomException>(() => new ToolkitDicomParser().ParseAsync(new MemoryStream(file), CancellationToken.None));

        Assert.That(ex!.Offset, Is.Not.Null.And.GreaterThan(128));
    }

    [Test]
    public async Task Parse_SeedMrAndDx_MatchManifest()
    {
        foreach (var (relativePath, rows, columns, modality) in new[]
        {
            ("test-mri/ST000001/SE000001/IM000001", 512, 512, "MR"),
            ("DX_test_file.dcm", 1537, 1184, "DX"),
        })
        {
            await using var stream = File.OpenRead(SharedCorpus.CorpusFile("seed", relativePath));

            var parsed = await new ToolkitDicomParser().ParseAsync(stream, CancellationToken.None);

            Assert.That((parsed.Attributes.Rows, parsed.Attributes.Columns, parsed.Attributes.Modality), Is.EqualTo((rows, columns, modality)), relativePath);
            Assert.That(parsed.Elements[^1].Value, Is.EqualTo(string.Create(CultureInfo.InvariantCulture, $"<OW {rows * columns * 2} bytes>")), relativePath);
        }
    }

    private static byte[] SampleFile()
    {
        var item1 = new DicomByteBuilder().Text(0x0020, 0x000E, "UI", "1.2.9.1").ToArray();
        var item2 = new DicomByteBuilder().Text(0x0020, 0x000E, "UI", "1.2.9.2").ToArray();
        return DicomByteBuilder.Part10(ExplicitLittleEndian)
            .Text(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7")
            .Text(0x0008, 0x0018, "UI", "1.2.3.4.5")
            .Text(0x0008, 0x0060, "CS", "OT")
            .Sequence(0x0008, 0x1115, undefinedLength: true, item1, item2)
            .Text(0x0010, 0x0010, "PN", "Doe^Jane")
            .UInt16(0x0028, 0x0010, 2)
            .UInt16(0x0028, 0x0011, 3)
            .Bytes(0x7FE0, 0x0010, "OW", new byte[12])
            .ToArray();
    }
}
