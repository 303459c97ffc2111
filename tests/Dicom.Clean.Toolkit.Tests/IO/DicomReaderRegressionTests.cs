using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.IO;

/// <summary>One test per bug found in the reader (found by fuzzing corpus files).</summary>
[TestFixture]
public sealed class DicomReaderRegressionTests
{
    /// <summary>
    /// An item overrunning its undefined-length sequence inside a defined-length item made the reader
    /// read past the item's end and step backwards, looping until memory ran out (mutated test-SR.dcm).
    /// </summary>
    [Test]
    public void Read_ItemOverrunningNestedUndefinedSequence_EndsWithoutLooping()
    {
        var overrunning = new DicomByteBuilder()
            .Header(0x0040, 0xA730, "SQ", DicomByteBuilder.Undefined)
            .Tag(0xFFFE, 0xE000).Raw32(1000)
            .Text(0x0040, 0xA010, "CS", "CONTAINS")
            .ToArray();
        var laterItem = new DicomByteBuilder().Tag(0xFFFE, 0xE000).Raw32(5000).ToArray();
        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2.1")
            .Header(0x0040, 0xA730, "SQ", DicomByteBuilder.Undefined)
            .Tag(0xFFFE, 0xE000).Raw32((uint)overrunning.Length).Raw(overrunning)
            .Raw(laterItem)
            .Text(0x0040, 0xA010, "CS", "HAS PROPERTIES")
            .ToArray();

        // A guard against a hang, not a timing assertion: the read must end, one way or another.
        var read = Task.Run(() =>
        {
            try
            {
                return DicomFile.Read(bytes).Warnings.Count > 0 ? "warnings" : "clean";
            }
            catch (DicomException ex) when (ex.Offset is not null)
            {
                return "exception";
            }
        });

        Assert.That(read.Wait(TimeSpan.FromSeconds(30)), Is.True, "the reader did not finish");
        Assert.That(read.Result, Is.AnyOf("warnings", "exception"));
    }

    [Test]
    public void Read_UndefinedSequenceEndingWithItsItem_WarnsAndContinues()
    {
        var inner = new DicomByteBuilder()
            .Header(0x0040, 0xA730, "SQ", DicomByteBuilder.Undefined)
            .Item(new DicomByteBuilder().Text(0x0040, 0xA010, "CS", "CONTAINS").ToArray(), undefinedLength: false)
            .ToArray();
        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2.1")
            .Sequence(0x0040, 0xA730, false, inner)
            .Text(0x0040, 0xA040, "CS", "TEXT")
            .ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.Find(DicomTags.ValueType)!.GetString(), Is.EqualTo("TEXT"));
            Assert.That(file.Warnings.Single().Message, Does.Contain("without a sequence delimiter"));
        });
    }

    /// <summary>A Specific Character Set written with a binary VR threw from its text getter and failed the whole read.</summary>
    [Test]
    public void Read_CharacterSetWithBinaryVR_IsStillHonoured()
    {
        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2.1")
            .Bytes(0x0008, 0x0005, "OB", "ISO_IR 192"u8.ToArray())
            .Bytes(0x0010, 0x0010, "PN", "Gr\u00fc\u00df^Anna"u8.ToArray())
            .ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.CharacterSet.Terms, Is.EqualTo(new[] { "ISO_IR 192" }));
            Assert.That(file.Dataset.GetString(DicomTags.PatientName), Is.EqualTo("Gr\u00fc\u00df^Anna"));
        });
    }
}
