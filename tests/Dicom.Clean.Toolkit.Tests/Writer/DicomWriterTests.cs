using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Support;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Tests.Writer;

[TestFixture]
public sealed class DicomWriterTests
{
    private static readonly DicomTransferSyntax[] NativeSyntaxes = [DicomTransferSyntax.ExplicitVRLittleEndian, DicomTransferSyntax.ImplicitVRLittleEndian];

    [TestCaseSource(nameof(NativeSyntaxes))]
    public void Write_EveryVR_ReadsBackEqual(DicomTransferSyntax syntax)
    {
        var dataset = DicomTestData.EveryVR();

        var file = DicomFile.Read(DicomTestData.ToPart10(dataset, syntax));
        var differences = new List<string>();
        DatasetEquivalence.Compare(dataset, file.Dataset, string.Empty, differences, implicitVR: !syntax.IsExplicitVR);

        Assert.Multiple(() =>
        {
            Assert.That(file.TransferSyntax, Is.SameAs(syntax));
            Assert.That(differences, Is.Empty);
            Assert.That(file.Warnings, Is.Empty);
            Assert.That(file.Dataset.Find(DicomTags.PatientComments)!.GetString(), Is.EqualTo("Long text, odd length"));
            Assert.That(file.Dataset.Find(DicomTags.SelectorSVValue)!.GetInt64(), Is.EqualTo(long.MinValue));
            Assert.That(file.Dataset.Find(DicomTags.FrameIncrementPointer)!.GetTag(1), Is.EqualTo(DicomTags.SliceLocation));
        });
    }

    [Test]
    public void Write_OddLengths_ArePaddedPerVR()
    {
        var file = DicomFile.Read(DicomTestData.ToPart10(DicomTestData.EveryVR()));

        Assert.Multiple(() =>
        {
            Assert.That(file.Dataset.All(e => e.IsSequence || e.Length % 2 == 0), Is.True);
            Assert.That(file.Dataset.Find(DicomTags.FrameOfReferenceUID)!.RawValue.ToArray(), Is.EqualTo("1.2.3\0"u8.ToArray()), "UI pads with NUL");
            Assert.That(file.Dataset.Find(DicomTags.PatientComments)!.RawValue.Span[^1], Is.EqualTo((byte)' '), "text pads with a space");
            Assert.That(file.Dataset.Find(new DicomTag(0x0009, 0x1001))!.RawValue.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3, 0 }));
        });
    }

    [Test]
    public void Write_MetaInformation_HasCorrectGroupLengthAndUids()
    {
        var bytes = DicomTestData.ToPart10(DicomTestData.Ct());
        var file = DicomFile.Read(bytes);
        var meta = file.FileMetaInformation;
        var groupLength = meta.Find(new DicomTag(0x0002, 0x0000))!;

        Assert.Multiple(() =>
        {
            Assert.That(bytes.AsSpan(128, 4).SequenceEqual("DICM"u8), Is.True);
            Assert.That(groupLength.GetUInt32(), Is.EqualTo(file.DatasetOffset - groupLength.ValueOffset - 4));
            Assert.That(meta.Find(new DicomTag(0x0002, 0x0002))!.GetString(), Is.EqualTo(DicomTestData.CTImageStorage));
            Assert.That(meta.Find(new DicomTag(0x0002, 0x0010))!.GetString(), Is.EqualTo(DicomTransferSyntax.ExplicitVRLittleEndian.Uid));
            Assert.That(meta.Find(new DicomTag(0x0002, 0x0012))!.GetString(), Is.EqualTo(DicomWriterOptions.DefaultImplementationClassUid));
            Assert.That(file.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Write_GroupLengths_AreRecomputedOrRemoved()
    {
        var dataset = new DicomDatasetBuilder(DicomTestData.Mr())
            .Add(new DicomTag(0x0010, 0x0000), DicomVR.UL, 12345u)
            .Build();

        var kept = DicomFile.Read(DicomTestData.ToPart10(dataset)).Dataset;
        var removed = DicomFile.Read(DicomTestData.ToPart10(dataset, options: new DicomWriterOptions { RemoveGroupLengths = true })).Dataset;
        var groupLength = kept.Find(new DicomTag(0x0010, 0x0000))!;
        var patientElements = kept.Where(e => e.Tag.Group == 0x0010 && !e.Tag.IsGroupLength).ToList();
        var expected = patientElements.Sum(e => 8 + e.Length);

        Assert.Multiple(() =>
        {
            Assert.That(groupLength.GetUInt32(), Is.EqualTo(expected));
            Assert.That(removed.Contains(new DicomTag(0x0010, 0x0000)), Is.False);
        });
    }

    [TestCase(DicomSequenceLengthEncoding.Undefined)]
    [TestCase(DicomSequenceLengthEncoding.Defined)]
    public void Write_Sequences_InEitherLengthEncoding(DicomSequenceLengthEncoding encoding)
    {
        var dataset = DicomTestData.Ct();

        var file = DicomFile.Read(DicomTestData.ToPart10(dataset, options: new DicomWriterOptions { SequenceLength = encoding }));
        var sequence = file.Dataset.Find(DicomTags.ReferencedImageSequence)!;

        Assert.Multiple(() =>
        {
            Assert.That(sequence.HasUndefinedLength, Is.EqualTo(encoding == DicomSequenceLengthEncoding.Undefined));
            Assert.That(sequence.Items[1].HasUndefinedLength, Is.EqualTo(encoding == DicomSequenceLengthEncoding.Undefined));
            Assert.That(sequence.Items[1].Find(DicomTags.ReferencedSOPInstanceUID)!.GetString(), Is.EqualTo("1.2.3.4.2"));
            Assert.That(file.Warnings, Is.Empty);
        });
    }

    [Test]
    public void Write_EncapsulatedPixelData_PassesFragmentsThrough()
    {
        byte[] table = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(4), 8 + 6);
        var dataset = new DicomDatasetBuilder(DicomTestData.UsMultiFrame(frames: 2))
            .Remove(DicomTags.PixelData)
            .AddEncapsulatedPixelData(table, new byte[] { 0xFF, 0xD8, 1, 2, 0xFF, 0xD9 }, new byte[] { 0xFF, 0xD8, 3, 4, 0xFF, 0xD9 })
            .Build();

        var file = DicomFile.Read(DicomTestData.ToPart10(dataset, DicomTransferSyntax.JpegBaseline8Bit));
        var pixels = DicomPixelData.Find(file)!;

        Assert.Multiple(() =>
        {
            Assert.That(pixels.IsEncapsulated, Is.True);
            Assert.That(pixels.GetFrameBytes(1).ToArray(), Is.EqualTo(new byte[] { 0xFF, 0xD8, 3, 4, 0xFF, 0xD9 }));
            Assert.That(pixels.Fragments!.ReadBasicOffsets(), Is.EqualTo(new long[] { 0, 14 }));
        });
    }

    [Test]
    public void Write_NativePixelDataAsCompressedSyntax_Throws()
    {
        var ex = Assert.Throws<DicomException>(() => DicomTestData.ToPart10(DicomTestData.Mr(), DicomTransferSyntax.JpegBaseline8Bit));

        Assert.That(ex!.Tag, Is.EqualTo(DicomTags.PixelData));
    }

    [Test]
    public void Write_BigEndianOrDeflated_IsRefused()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<DicomException>(() => DicomTestData.ToPart10(DicomTestData.Mr(), DicomTransferSyntax.ExplicitVRBigEndian));
            Assert.Throws<DicomException>(() => DicomTestData.ToPart10(DicomTestData.Mr(), DicomTransferSyntax.DeflatedExplicitVRLittleEndian));
        });
    }

    [Test]
    public void Write_ShortVRValueOver64KiB_IsRefusedInExplicitVR()
    {
        var dataset = new DicomDatasetBuilder(DicomTestData.Mr())
            .Add(DicomTags.ImageComments, DicomVR.LT, new byte[70_000])
            .Build();

        var ex = Assert.Throws<DicomException>(() => DicomTestData.ToPart10(dataset));

        Assert.That(ex!.Tag, Is.EqualTo(DicomTags.ImageComments));
    }

    [Test]
    public void Write_WithoutSopUids_IsRefused()
    {
        var dataset = new DicomDatasetBuilder().Add(DicomTags.PatientID, "X").Build();

        var ex = Assert.Throws<DicomException>(() => DicomTestData.ToPart10(dataset));

        Assert.That(ex!.Tag, Is.EqualTo(DicomTags.SOPClassUID));
    }

    [Test]
    public void Write_BigEndianFile_IsWrittenLittleEndianWithSwappedValues()
    {
        var bytes = DicomByteBuilder.Part10("1.2.840.10008.1.2.2", bigEndian: true)
            .Text(0x0008, 0x0016, "UI", DicomTestData.CTImageStorage)
            .Text(0x0008, 0x0018, "UI", "1.2.3")
            .UInt16(0x0028, 0x0010, 300)
            .Bytes(0x7FE0, 0x0010, "OW", [0x01, 0x02, 0x03, 0x04])
            .ToArray();

        var rewritten = DicomFile.Read(DicomWriter.WriteToArray(DicomFile.Read(bytes)));

        Assert.Multiple(() =>
        {
            Assert.That(rewritten.TransferSyntax, Is.SameAs(DicomTransferSyntax.ExplicitVRLittleEndian));
            Assert.That(rewritten.Dataset.Find(DicomTags.Rows)!.GetUInt16(), Is.EqualTo(300));
            Assert.That(rewritten.Dataset.Find(DicomTags.PixelData)!.RawValue.ToArray(), Is.EqualTo(new byte[] { 0x02, 0x01, 0x04, 0x03 }));
        });
    }

    [Test]
    public void Write_DeferredFileValues_AreStreamedFromTheSource()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dicom-clean-{Guid.NewGuid():N}.dcm");
        try
        {
            var source = DicomTestData.ToPart10(DicomTestData.Mr(512, 512));
            File.WriteAllBytes(path, source);
            using var file = DicomFile.Open(path);

            var written = DicomWriter.WriteToArray(file);

            Assert.Multiple(() =>
            {
                Assert.That(file.Dataset.Find(DicomTags.PixelData)!.IsDeferred, Is.True);
                Assert.That(written, Is.EqualTo(source));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }
}
