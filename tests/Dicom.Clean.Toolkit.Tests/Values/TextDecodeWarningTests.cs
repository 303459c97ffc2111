using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;
using Dicom.Clean.Toolkit.Values;

namespace Dicom.Clean.Toolkit.Tests.Values;

/// <summary>
/// Text is decoded on demand, so character-set problems surface where text is asked for: the getters
/// and display texts taking a warnings collection report them with the element's offset and tag
/// (issue 2, item 2); the plain getters stay silent and the clean case allocates nothing more.
/// </summary>
[TestFixture]
public sealed class TextDecodeWarningTests
{
    // "Gr" + 0xC3 0x28 (a broken two-byte sequence) + "n^Anna".
    private static readonly byte[] BrokenUtf8 = [0x47, 0x72, 0xC3, 0x28, 0x6E, 0x5E, 0x41, 0x6E, 0x6E, 0x61];

    [Test]
    public void GetDisplayText_WithBytesInvalidInUtf8_ReportsTheElementOffsetAndTag()
    {
        var file = Read(b => b.Text(0x0008, 0x0005, "CS", "ISO_IR 192").Bytes(0x0010, 0x0010, "PN", BrokenUtf8));
        var name = file.Dataset.Find(DicomTags.PatientName)!;
        var warnings = new List<DicomReadWarning>();

        var text = name.GetDisplayText(file.Dataset.CharacterSet, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\uFFFD"));
            Assert.That(warnings, Has.Count.EqualTo(1));
            Assert.That(warnings[0].Offset, Is.EqualTo(name.Offset));
            Assert.That(warnings[0].Tag, Is.EqualTo(DicomTags.PatientName));
            Assert.That(warnings[0].Message, Does.Contain("value offset 2").And.Contain("'ISO_IR 192'"));
            Assert.That(warnings[0].Message, Does.Not.Contain("Gr"), "no patient data in warnings");
            Assert.That(file.Warnings, Is.Empty, "decoding on demand does not change the file's warnings");
        });
    }

    [Test]
    public void GetDisplayText_WithoutCharacterSetAndLatin1Bytes_ReportsBytesOutsideTheDefaultRepertoire()
    {
        var file = Read(b => b.Bytes(0x0010, 0x0010, "PN", [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72])); // "Müller" in ISO 8859-1
        var warnings = new List<DicomReadWarning>();

        var text = file.Dataset.Find(DicomTags.PatientName)!.GetDisplayText(file.Dataset.CharacterSet, warnings);

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo("M\u00fcller"));
            Assert.That(warnings.Single().Message, Does.Contain("outside the default repertoire"));
        });
    }

    [Test]
    public void Walk_GetDisplayText_ReportsAnItemElementWithItsOwnOffsetAndTheItemsCharacterSet()
    {
        // The item inherits ISO 2022 IR 87 from the data set; its name holds an escape sequence no set has.
        var item = new DicomByteBuilder().Bytes(0x0010, 0x0010, "PN", [0x59, 0x1B, 0x28, 0x5A, 0x41, 0x20]).ToArray();
        var file = Read(b => b
            .Text(0x0008, 0x0005, "CS", "\\ISO 2022 IR 87")
            .Sequence(0x0008, 0x1115, undefinedLength: true, item));
        var warnings = new List<DicomReadWarning>();

        foreach (var entry in file.Dataset.Walk())
        {
            _ = entry.GetDisplayText(warnings);
        }

        var nested = file.Dataset.Find(new DicomTag(0x0008, 0x1115))!.Items[0].Find(DicomTags.PatientName)!;
        Assert.Multiple(() =>
        {
            Assert.That(warnings.Single().Tag, Is.EqualTo(DicomTags.PatientName));
            Assert.That(warnings.Single().Offset, Is.EqualTo(nested.Offset));
            Assert.That(warnings.Single().Message, Does.Contain("escape sequence"));
        });
    }

    [Test]
    public void TextGetters_WithWarnings_ReportTheSameProblemEach()
    {
        var file = Read(b => b.Text(0x0008, 0x0005, "CS", "ISO_IR 192").Bytes(0x0010, 0x0010, "PN", BrokenUtf8));
        var dataset = file.Dataset;
        var name = dataset.Find(DicomTags.PatientName)!;
        var fromString = new List<DicomReadWarning>();
        var fromStrings = new List<DicomReadWarning>();
        var fromNames = new List<DicomReadWarning>();
        var fromFormat = new List<DicomReadWarning>();

        Assert.Multiple(() =>
        {
            Assert.That(name.GetString(dataset.CharacterSet, fromString), Is.EqualTo(name.GetString(dataset.CharacterSet)));
            Assert.That(name.GetStrings(dataset.CharacterSet, fromStrings), Is.EqualTo(name.GetStrings(dataset.CharacterSet)));
            Assert.That(name.GetPersonNames(dataset.CharacterSet, fromNames)[0].Value, Is.EqualTo(name.GetPersonName(0, dataset.CharacterSet).Value));
            Assert.That(DicomDisplayText.Format(name, dataset.CharacterSet, fromFormat), Is.EqualTo(dataset.GetDisplayText(name)));
            Assert.That(new[] { fromString, fromStrings, fromNames, fromFormat }, Has.All.Count.EqualTo(1));
        });
    }

    [Test]
    public void GetDisplayText_WithWarningsOnCleanText_AllocatesNoMoreThanWithout()
    {
        var file = Read(b => b
            .Text(0x0008, 0x0005, "CS", "ISO_IR 192")
            .Bytes(0x0010, 0x0010, "PN", "Wang^XiaoDong=王^小東"u8.ToArray()));
        var name = file.Dataset.Find(DicomTags.PatientName)!;
        var set = file.Dataset.CharacterSet;
        var warnings = new List<DicomReadWarning>();
        _ = name.GetDisplayText(set, warnings); // warm up

        var plain = Allocated(() => name.GetDisplayText(set));
        var checkedText = Allocated(() => name.GetDisplayText(set, warnings));

        Assert.Multiple(() =>
        {
            Assert.That(checkedText, Is.LessThanOrEqualTo(plain));
            Assert.That(warnings, Is.Empty);
        });
    }

    private static long Allocated(Func<string> decode)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 32; i++)
        {
            _ = decode();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static DicomFile Read(Func<DicomByteBuilder, DicomByteBuilder> build) =>
        DicomFile.Read(build(DicomByteBuilder.Part10("1.2.840.10008.1.2.1")).ToArray());
}
