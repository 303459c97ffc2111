using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

public sealed class ImagePixelAttributesReaderTests
{
    private const string ExplicitLittle = "1.2.840.10008.1.2.1";
    private const string ExplicitBig = "1.2.840.10008.1.2.2";

    [Test]
    public void Read_ImagePixelModule_TakesEveryAttribute()
    {
        var image = Read(Pixel(DicomByteBuilder.Part10(ExplicitLittle), samples: 3, photometric: "rgb ", planar: 1)
            .Text(0x0028, 0x0008, "IS", "4"));

        Assert.Multiple(() =>
        {
            Assert.That((image.Rows, image.Columns, image.SamplesPerPixel), Is.EqualTo((2, 3, 3)));
            Assert.That((image.BitsAllocated, image.BitsStored, image.HighBit, image.IsSigned), Is.EqualTo((16, 12, 11, true)));
            Assert.That(image.PhotometricInterpretation, Is.EqualTo("RGB"));
            Assert.That((image.PlanarConfiguration, image.NumberOfFrames, image.SampleFormat), Is.EqualTo((1, 4, PixelSampleFormat.Integer)));
        });
    }

    [Test]
    public void Read_WindowsRescaleAndFunction_ArePaired()
    {
        var image = Read(Pixel(DicomByteBuilder.Part10(ExplicitLittle))
            .Text(0x0028, 0x1050, "DS", "40\\400\\-600")
            .Text(0x0028, 0x1051, "DS", "400\\2000")
            .Text(0x0028, 0x1052, "DS", "-1024")
            .Text(0x0028, 0x1053, "DS", "1")
            .Text(0x0028, 0x1054, "LO", "HU")
            .Text(0x0028, 0x1055, "LO", "SOFT\\BONE")
            .Text(0x0028, 0x1056, "CS", "SIGMOID"));

        Assert.Multiple(() =>
        {
            Assert.That(image.Windows, Is.EqualTo(new[] { new VoiWindow(40, 400, "SOFT"), new VoiWindow(400, 2000, "BONE") }));
            Assert.That(image.Rescale, Is.EqualTo(new RescaleTransform(1, -1024, "HU")));
            Assert.That(image.VoiLutFunction, Is.EqualTo(VoiLutFunction.Sigmoid));
        });
    }

    [Test]
    public void Read_RescaleWithoutIntercept_IsIgnoredAsDcmtkDoes()
    {
        var image = Read(Pixel(DicomByteBuilder.Part10(ExplicitLittle)).Text(0x0028, 0x1053, "DS", "2"));

        Assert.That(image.Rescale, Is.Null);
    }

    [Test]
    public void Read_VoiAndModalityLutSequences_KeepDescriptorWordsAsStored()
    {
        var voi = LutItem(0x0028, [3, unchecked((ushort)-100), 12], [10, 20, 30], "CURVE");
        var modality = LutItem(0x0028, [2, 0, 16], [1000, 2000]);
        var image = Read(Pixel(DicomByteBuilder.Part10(ExplicitLittle))
            .Sequence(0x0028, 0x3000, undefinedLength: false, modality)
            .Sequence(0x0028, 0x3010, undefinedLength: true, voi));

        Assert.Multiple(() =>
        {
            Assert.That(image.VoiLuts, Has.Count.EqualTo(1));
            Assert.That((image.VoiLuts[0].NumberOfEntries, image.VoiLuts[0].FirstMappedValue, image.VoiLuts[0].BitsPerEntry), Is.EqualTo(((ushort)3, (ushort)0xFF9C, (ushort)12)));
            Assert.That(image.VoiLuts[0].Data.ToArray(), Is.EqualTo(new ushort[] { 10, 20, 30 }));
            Assert.That(image.VoiLuts[0].Explanation, Is.EqualTo("CURVE"));
            Assert.That(image.ModalityLut!.Data.ToArray(), Is.EqualTo(new ushort[] { 1000, 2000 }));
        });
    }

    [Test]
    public void Read_BigEndianLutData_IsReadInHostOrder()
    {
        var item = new DicomByteBuilder(bigEndian: true).UInt16(0x0028, 0x3002, 2, 0, 16).Bytes(0x0028, 0x3006, "OW", [0x12, 0x34, 0xAB, 0xCD]).ToArray();
        var image = Read(Pixel(DicomByteBuilder.Part10(ExplicitBig, bigEndian: true)).Sequence(0x0028, 0x3010, false, item));

        Assert.That(image.VoiLuts[0].Data.ToArray(), Is.EqualTo(new ushort[] { 0x1234, 0xABCD }));
    }

    [Test]
    public void Read_PresentationShapeAndXaSopClass_FollowDcmtk()
    {
        var image = Read(Pixel(DicomByteBuilder.Part10(ExplicitLittle))
            .Text(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.12.1")
            .Text(0x0028, 0x1052, "DS", "0")
            .Text(0x0028, 0x1053, "DS", "2")
            .Text(0x2050, 0x0020, "CS", "INVERSE"));

        Assert.Multiple(() =>
        {
            Assert.That(image.PresentationLutShape, Is.EqualTo(PresentationLutShape.Inverse));
            Assert.That(image.Rescale, Is.Null, "XA: modality transform ignored");
        });
    }

    [Test]
    public void Read_Palette_TakesTablesAndExpandsSegmentedData()
    {
        ushort[] segmented = [0, 1, 0, 1, 3, 300];
        var builder = Pixel(DicomByteBuilder.Part10(ExplicitLittle), photometric: "PALETTE COLOR")
            .UInt16(0x0028, 0x1101, 4, 0, 16)
            .UInt16(0x0028, 0x1102, 4, 0, 16)
            .UInt16(0x0028, 0x1103, 4, 0, 16)
            .Bytes(0x0028, 0x1201, "OW", PixelBuffers.UInt16([1, 2, 3, 4]))
            .Bytes(0x0028, 0x1202, "OW", PixelBuffers.UInt16([5, 6, 7, 8]))
            .Bytes(0x0028, 0x1223, "OW", PixelBuffers.UInt16(segmented.Select(v => (int)v).ToArray()));

        var palette = Read(builder).Palette!;

        Assert.Multiple(() =>
        {
            Assert.That(palette.Red.Data.ToArray(), Is.EqualTo(new ushort[] { 1, 2, 3, 4 }));
            Assert.That(palette.Green.Data.ToArray(), Is.EqualTo(new ushort[] { 5, 6, 7, 8 }));
            Assert.That(palette.Blue.Data.ToArray(), Is.EqualTo(new ushort[] { 0, 100, 200, 300 }));
        });
    }

    [Test]
    public void Read_OverlayGroups_TakeGeometryTypeAndData()
    {
        var image = Read(Pixel(DicomByteBuilder.Part10(ExplicitLittle))
            .UInt16(0x6002, 0x0010, 8)
            .UInt16(0x6002, 0x0011, 16)
            .Text(0x6002, 0x0015, "IS", "2")
            .Text(0x6002, 0x0040, "CS", "R")
            .Bytes(0x6002, 0x0050, "SS", [0xFE, 0xFF, 5, 0])
            .UInt16(0x6002, 0x0051, 3)
            .UInt16(0x6002, 0x0100, 1)
            .UInt16(0x6002, 0x0102, 0)
            .Bytes(0x6002, 0x3000, "OW", new byte[32]));

        var plane = image.Overlays.Single();
        Assert.Multiple(() =>
        {
            Assert.That((plane.Group, plane.Rows, plane.Columns), Is.EqualTo(((ushort)0x6002, 8, 16)));
            Assert.That((plane.OriginRow, plane.OriginColumn), Is.EqualTo((-2, 5)));
            Assert.That((plane.Type, plane.NumberOfFrames, plane.ImageFrameOrigin), Is.EqualTo((OverlayType.RegionOfInterest, (int?)2, 3)));
            Assert.That(plane.Data.Length, Is.EqualTo(32));
        });
    }

    [Test]
    public void Read_FunctionalGroups_PerFrameOverridesShared()
    {
        var sharedVoi = new DicomByteBuilder().Text(0x0028, 0x1050, "DS", "100").Text(0x0028, 0x1051, "DS", "50").ToArray();
        var shared = new DicomByteBuilder().Sequence(0x0028, 0x9132, false, sharedVoi).ToArray();
        var frame2Voi = new DicomByteBuilder().Text(0x0028, 0x1050, "DS", "7").Text(0x0028, 0x1051, "DS", "9").Text(0x0028, 0x1056, "CS", "LINEAR_EXACT").ToArray();
        var frame2Rescale = new DicomByteBuilder().Text(0x0028, 0x1052, "DS", "-5").Text(0x0028, 0x1053, "DS", "2").ToArray();
        var frame1 = new DicomByteBuilder().ToArray();
        var frame2 = new DicomByteBuilder().Sequence(0x0028, 0x9132, false, frame2Voi).Sequence(0x0028, 0x9145, false, frame2Rescale).ToArray();
        var image = Read(Pixel(DicomByteBuilder.Part10(ExplicitLittle))
            .Text(0x0028, 0x0008, "IS", "2")
            .Sequence(0x5200, 0x9229, false, shared)
            .Sequence(0x5200, 0x9230, true, frame1, frame2));

        Assert.Multiple(() =>
        {
            Assert.That(image.GetFrameValues(0)!.Windows, Is.EqualTo(new[] { new VoiWindow(100, 50) }));
            Assert.That(image.GetFrameValues(1)!.Windows, Is.EqualTo(new[] { new VoiWindow(7, 9) }));
            Assert.That(image.GetFrameValues(1)!.VoiLutFunction, Is.EqualTo(VoiLutFunction.LinearExact));
            Assert.That(image.GetFrameValues(1)!.Rescale, Is.EqualTo(new RescaleTransform(2, -5)));
        });
    }

    [Test]
    public void Read_FloatPixelData_IsFloat32WithBitsStoredFromAllocated()
    {
        var builder = DicomByteBuilder.Part10(ExplicitLittle)
            .UInt16(0x0028, 0x0002, 1)
            .Text(0x0028, 0x0004, "CS", "MONOCHROME2")
            .UInt16(0x0028, 0x0010, 1)
            .UInt16(0x0028, 0x0011, 1)
            .UInt16(0x0028, 0x0100, 32)
            .Bytes(0x7FE0, 0x0008, "OF", new byte[4]);

        var image = Read(builder, pixelData: false);

        Assert.That((image.SampleFormat, image.BitsStored, image.HighBit), Is.EqualTo((PixelSampleFormat.Float32, 32, 31)));
    }

    [Test]
    public void Read_UnreadableNumberOfFrames_DefaultsToOne()
    {
        Assert.That(Read(Pixel(DicomByteBuilder.Part10(ExplicitLittle)).Text(0x0028, 0x0008, "IS", "1A")).NumberOfFrames, Is.EqualTo(1));
    }

    internal static DicomByteBuilder Pixel(
        DicomByteBuilder builder, int samples = 1, string photometric = "MONOCHROME2", int planar = 0)
    {
        builder.UInt16(0x0028, 0x0002, (ushort)samples).Text(0x0028, 0x0004, "CS", photometric);
        if (samples > 1)
        {
            builder.UInt16(0x0028, 0x0006, (ushort)planar);
        }

        return builder
            .UInt16(0x0028, 0x0010, 2)
            .UInt16(0x0028, 0x0011, 3)
            .UInt16(0x0028, 0x0100, 16)
            .UInt16(0x0028, 0x0101, 12)
            .UInt16(0x0028, 0x0102, 11)
            .UInt16(0x0028, 0x0103, 1);
    }

    private static byte[] LutItem(ushort group, ushort[] descriptor, ushort[] data, string? explanation = null)
    {
        var item = new DicomByteBuilder().UInt16(group, 0x3002, descriptor);
        if (explanation is not null)
        {
            item.Text(group, 0x3003, "LO", explanation);
        }

        return item.Bytes(group, 0x3006, "OW", PixelBuffers.UInt16(data.Select(v => (int)v).ToArray())).ToArray();
    }

    private static ImagePixelAttributes Read(DicomByteBuilder builder, bool pixelData = true)
    {
        // The tests append elements out of tag order; the reader is lenient about it, and so is lookup.
        if (pixelData)
        {
            builder.Bytes(0x7FE0, 0x0010, "OW", new byte[2 * 3 * 2 * 3]);
        }

        using var file = DicomFile.Read(builder.ToArray());
        return ImagePixelAttributesReader.Read(file.Dataset);
    }
}
