using System.Text;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.IO;

/// <summary>
/// How a data set is encoded, told from its first element headers in every encoding (issue 2, item 3):
/// groups whose low byte is zero (0x0100, 0x0400, 0x2000...) read as a legal group in the other byte
/// order, so one header cannot decide; several consecutive ones do.
/// </summary>
[TestFixture]
public sealed class DatasetSyntaxDetectionTests
{
    private const string ExplicitLittle = "1.2.840.10008.1.2.1";
    private const string ExplicitBig = "1.2.840.10008.1.2.2";

    private static readonly object[] Encodings =
    [
        new object[] { true, false },
        new object[] { false, false },
        new object[] { true, true },
    ];

    [TestCaseSource(nameof(Encodings))]
    public void Read_RawDatasetStartingInGroup0008_DetectsTheEncoding(bool explicitVR, bool bigEndian) =>
        AssertDetected(Dataset(0x0008, explicitVR, bigEndian), explicitVR, bigEndian, 0x0008);

    [TestCaseSource(nameof(Encodings))]
    public void Read_RawDatasetStartingInGroup0100_DetectsTheEncoding(bool explicitVR, bool bigEndian) =>
        AssertDetected(Dataset(0x0100, explicitVR, bigEndian), explicitVR, bigEndian, 0x0100);

    [TestCaseSource(nameof(Encodings))]
    public void Read_RawDatasetStartingInGroup0400_DetectsTheEncoding(bool explicitVR, bool bigEndian) =>
        AssertDetected(Dataset(0x0400, explicitVR, bigEndian), explicitVR, bigEndian, 0x0400);

    [TestCaseSource(nameof(Encodings))]
    public void Read_RawDatasetStartingInGroup2000_DetectsTheEncoding(bool explicitVR, bool bigEndian) =>
        AssertDetected(Dataset(0x2000, explicitVR, bigEndian), explicitVR, bigEndian, 0x2000);

    [Test]
    public void Read_Part10LittleEndianStartingInGroup2000_IsNotTakenForBigEndian()
    {
        // Group 0x2000 is bytes 00 20: the old heuristic saw group 0x0020 big endian and switched.
        var bytes = DicomByteBuilder.Part10(ExplicitLittle).Raw(Dataset(0x2000, explicitVR: true, bigEndian: false)).ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.TransferSyntax.IsBigEndian, Is.False);
            Assert.That(file.Warnings, Is.Empty);
            Assert.That(Text(file, 0x2000, 0x0010), Is.EqualTo("VALUE 1"));
        });
    }

    [Test]
    public void Read_Part10DeclaredLittleEndianButBigEndian_ReadsAsEncodedWithWarning()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitLittle).Raw(Dataset(0x0400, explicitVR: true, bigEndian: true)).ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(Text(file, 0x0400, 0x0010), Is.EqualTo("VALUE 1"));
            Assert.That(file.Dataset[0].IsBigEndian, Is.True);
            Assert.That(file.Warnings.Single().Message, Does.Contain("encoded explicit VR big endian"));
            Assert.That(file.Warnings.Single().Offset, Is.EqualTo(file.DatasetOffset));
        });
    }

    [Test]
    public void Read_Part10DeclaredBigEndianButLittleEndian_ReadsAsEncodedWithWarning()
    {
        var bytes = DicomByteBuilder.Part10(ExplicitBig).Raw(Dataset(0x0100, explicitVR: true, bigEndian: false)).ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(Text(file, 0x0100, 0x0010), Is.EqualTo("VALUE 1"));
            Assert.That(file.Dataset[0].IsBigEndian, Is.False);
            Assert.That(file.Warnings.Single().Message, Does.Contain("encoded explicit VR little endian"));
        });
    }

    [Test]
    public void Read_Part10DeclaredImplicitButExplicit_ReadsAsEncodedWithWarning()
    {
        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2").Raw(Dataset(0x0008, explicitVR: true, bigEndian: false)).ToArray();

        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(Text(file, 0x0008, 0x0010), Is.EqualTo("VALUE 1"));
            Assert.That(file.Dataset[0].IsVRFromDictionary, Is.False);
            Assert.That(file.Warnings.Single().Message, Does.Contain("encoded explicit VR little endian"));
        });
    }

    [Test]
    public void Read_DamagedDatasetThatNoOtherEncodingReads_KeepsTheDeclaredEncoding()
    {
        // The third header's VR is damaged: the parser recovers it with a warning; no encoding reads better.
        var damaged = new DicomByteBuilder()
            .Text(0x0008, 0x0010, "LO", "VALUE 1")
            .Text(0x0008, 0x0020, "LO", "VALUE 2")
            .Tag(0x0010, 0x0020).Raw((byte)'?', (byte)'?').Raw(4, 0).Raw("ID01"u8.ToArray())
            .Text(0x0010, 0x0030, "DA", "20240101")
            .ToArray();

        var file = DicomFile.Read(DicomByteBuilder.Part10(ExplicitLittle).Raw(damaged).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(file.TransferSyntax.IsExplicitVR, Is.True);
            Assert.That(file.Dataset.Count, Is.EqualTo(4));
            Assert.That(file.Warnings.Single().Message, Does.StartWith("Invalid VR bytes"));
        });
    }

    [Test]
    public void Read_RiffFile_IsNotTakenForAnImplicitDataset()
    {
        // "RIFF", then the size of the rest: one implicit VR header whose length fits the file exactly.
        var riff = new byte[64];
        "RIFF"u8.CopyTo(riff);
        BitConverter.TryWriteBytes(riff.AsSpan(4), (uint)(riff.Length - 8));
        "WAVEfmt "u8.CopyTo(riff.AsSpan(8));

        var error = Assert.Throws<DicomException>(() => DicomFile.Read(riff));

        Assert.That(error!.Reason, Does.StartWith("Not a DICOM file"));
    }

    private static void AssertDetected(byte[] bytes, bool explicitVR, bool bigEndian, ushort group)
    {
        var file = DicomFile.Read(bytes);

        Assert.Multiple(() =>
        {
            Assert.That(file.Format, Is.EqualTo(DicomFileFormat.DatasetOnly));
            Assert.That(file.TransferSyntax.IsExplicitVR, Is.EqualTo(explicitVR));
            Assert.That(file.TransferSyntax.IsBigEndian, Is.EqualTo(bigEndian));
            Assert.That(file.Dataset.Select(e => e.Tag.Group), Is.All.EqualTo(group));
            Assert.That(Text(file, group, 0x0040), Is.EqualTo("VALUE 4"));
            Assert.That(file.Warnings, Is.Empty);
        });
    }

    /// <summary>Four LO elements (gggg,0010)...(gggg,0040) with values <c>VALUE 1</c>...<c>VALUE 4</c>.</summary>
    private static byte[] Dataset(ushort group, bool explicitVR, bool bigEndian)
    {
        var builder = new DicomByteBuilder(explicitVR, bigEndian);
        for (var i = 1; i <= 4; i++)
        {
            builder.Text(group, (ushort)(i * 0x10), "LO", $"VALUE {i}");
        }

        return builder.ToArray();
    }

    // Read as bytes: in implicit VR an unknown tag is UN, which has no text getter.
    private static string Text(DicomFile file, ushort group, ushort element) =>
        Encoding.ASCII.GetString(file.Dataset.Find(new DicomTag(group, element))!.RawValue.Span).TrimEnd(' ');
}
