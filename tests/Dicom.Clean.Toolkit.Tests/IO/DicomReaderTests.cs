using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Tests.Support;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Tests.IO;

[TestFixture]
public sealed class DicomReaderTests
{
    private const string ExplicitLittle = "1.2.840.10008.1.2.1";
    private const string ImplicitLittle = "1.2.840.10008.1.2";

    [Test]
    public void Read_ExplicitLittleEndianPart10_ReadsMetaAndDataset()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle)
            .Text(0x0008, 0x0060, "CS", "MR")
            .Text(0x0010, 0x0010, "PN", "Doe^John")
            .UInt16(0x0028, 0x0010, 512)
            .ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.Format, Is.EqualTo(DicomFileFormat.Part10));
            Assert.That(file.TransferSyntax, Is.SameAs(DicomTransferSyntax.ExplicitVRLittleEndian));
            Assert.That(file.FileMetaInformation.Find(new DicomTag(0x0002, 0x0010))!.GetString(), Is.EqualTo(ExplicitLittle));
            Assert.That(file.Dataset.Count, Is.EqualTo(3));
            Assert.That(file.Dataset.Find(DicomTags.Modality)!.GetString(), Is.EqualTo("MR"));
            Assert.That(file.Dataset.Find(DicomTags.PatientName)!.GetString(), Is.EqualTo("Doe^John"));
            Assert.That(file.Dataset.Find(DicomTags.Rows)!.GetUInt16(), Is.EqualTo(512));
            Assert.That(file.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Read_ImplicitLittleEndian_TakesVRFromDictionary()
    {
        var bytes = DicomByteBuilder.Part10(ImplicitLittle, explicitVR: false)
            .Text(0x0010, 0x0010, "PN", "Doe^Jane")
            .UInt16(0x0028, 0x0011, 256)
            .Text(0x0029, 0x0010, "LO", "SIEMENS CSA HEADER")
            .Bytes(0x0029, 0x1010, "OB", [1, 2, 3, 4])
            .Bytes(0x0029, 0x10FF, "UN", [9, 9])
            .ToArray();

        var dataset = DicomFile.Read(bytes).Dataset;

        Assert.Multiple(() =>
        {
            Assert.That(dataset.Find(DicomTags.PatientName)!.VR, Is.EqualTo(DicomVR.PN));
            Assert.That(dataset.Find(DicomTags.Columns)!.VR, Is.EqualTo(DicomVR.US));
            Assert.That(dataset.Find(DicomTags.Columns)!.IsVRFromDictionary, Is.True);
            Assert.That(dataset.Find(new DicomTag(0x0029, 0x0010))!.VR, Is.EqualTo(DicomVR.LO), "private creator");
            Assert.That(dataset.Find(new DicomTag(0x0029, 0x1010))!.VR, Is.EqualTo(DicomVR.OB), "known private tag resolved through its creator");
            Assert.That(dataset.Find(new DicomTag(0x0029, 0x10FF))!.VR, Is.EqualTo(DicomVR.UN), "unknown private tag");
            Assert.That(dataset.GetPrivateCreator(new DicomTag(0x0029, 0x1010)), Is.EqualTo("SIEMENS CSA HEADER"));
        });
    }

    [Test]
    public void Read_ExplicitBigEndian_SwapsBinaryValuesInGetters()
    {
        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2.2", bigEndian: true)
            .UInt16(0x0028, 0x0010, 0x0102)
            .UInt32(0x0028, 0x0008, 70000)
            .ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.TransferSyntax.IsBigEndian, Is.True);
            Assert.That(file.Dataset.Find(DicomTags.Rows)!.GetUInt16(), Is.EqualTo(0x0102));
            Assert.That(file.Dataset.Find(DicomTags.Rows)!.IsBigEndian, Is.True);
            Assert.That(file.Dataset.Find(new DicomTag(0x0028, 0x0008))!.GetInt64(), Is.EqualTo(70000));
        });
    }

    [Test]
    public void Read_WithoutPreamble_ReportsFormat()
    {
        var full = DicomByteBuilder.Part10(ExplicitLittle).Text(0x0008, 0x0060, "CS", "CT").ToArray();

        var file = DicomFile.Read(full.AsMemory(128));

        Assert.Multiple(() =>
        {
            Assert.That(file.Format, Is.EqualTo(DicomFileFormat.Part10WithoutPreamble));
            Assert.That(file.Dataset.Find(DicomTags.Modality)!.GetString(), Is.EqualTo("CT"));
        });
    }

    [TestCase(true, false)]
    [TestCase(false, false)]
    [TestCase(true, true)]
    public void Read_RawDataset_DetectsEncoding(bool explicitVR, bool bigEndian)
    {
        var bytes = new DicomByteBuilder(explicitVR, bigEndian)
            .Text(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.2")
            .Text(0x0008, 0x0060, "CS", "CT")
            .UInt16(0x0028, 0x0010, 64)
            .ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.Format, Is.EqualTo(DicomFileFormat.DatasetOnly));
            Assert.That(file.TransferSyntax.IsExplicitVR, Is.EqualTo(explicitVR));
            Assert.That(file.TransferSyntax.IsBigEndian, Is.EqualTo(bigEndian));
            Assert.That(file.Dataset.Find(DicomTags.Rows)!.GetUInt16(), Is.EqualTo(64));
        });
    }

    [Test]
    public void Read_MetaWithoutTransferSyntax_DetectsAndWarns()
    {
        var meta = new DicomByteBuilder().Bytes(0x0002, 0x0001, "OB", [0, 1]).ToArray();
        var bytes = new DicomByteBuilder(explicitVR: false)
            .Raw(new byte[128]).Raw("DICM"u8.ToArray()).Raw(meta)
            .Text(0x0008, 0x0060, "CS", "US")
            .ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.TransferSyntax, Is.SameAs(DicomTransferSyntax.ImplicitVRLittleEndian));
            Assert.That(file.Dataset.Find(DicomTags.Modality)!.GetString(), Is.EqualTo("US"));
            Assert.That(file.Warnings.Select(w => w.Message), Has.Some.Contains("no transfer syntax"));
            Assert.That(file.Warnings.Select(w => w.Message), Has.Some.Contains("no group length"));
        });
    }

    [Test]
    public void Read_DeclaredExplicitButEncodedImplicit_ReadsAsEncodedWithWarning()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle, explicitVR: false)
            .Text(0x0008, 0x0060, "CS", "OT")
            .Text(0x0010, 0x0020, "LO", "ID1")
            .ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.Find(DicomTags.PatientID)!.GetString(), Is.EqualTo("ID1"));
            Assert.That(file.Warnings, Has.Count.EqualTo(1));
            Assert.That(file.Warnings[0].Message, Does.Contain("implicit VR"));
            Assert.That(file.Warnings[0].Offset, Is.EqualTo(file.DatasetOffset));
        });
    }

    [Test]
    public void Read_NotDicom_ThrowsDicomException()
    {
        var text = "This is a README, not a DICOM file at all."u8.ToArray();

        var ex = Assert.Throws<DicomException>(() => DicomFile.Read(text));

        Assert.That(ex!.Offset, Is.EqualTo(0));
    }

    [Test]
    public void Read_Empty_ThrowsDicomException()
    {
        Assert.Throws<DicomException>(() => DicomFile.Read(ReadOnlyMemory<byte>.Empty));
    }
}
