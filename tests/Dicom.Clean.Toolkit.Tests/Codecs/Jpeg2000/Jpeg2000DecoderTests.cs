using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

/// <summary>The public <see cref="Jpeg2000Decoder"/>: output layout, reported sample format, geometry checks, warnings.</summary>
[TestFixture]
public sealed class Jpeg2000DecoderTests
{
    [Test]
    public void TransferSyntaxUids_ListJpeg2000AndHtj2k()
    {
        Assert.That(new Jpeg2000Decoder().TransferSyntaxUids, Is.EquivalentTo(new[]
        {
            "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202",
            "1.2.840.10008.1.2.4.203",
        }));
    }

    [Test]
    public void Decode_ColourWithRct_WritesInterleavedRgbAndReportsRgb()
    {
        var options = new TestEncoderOptions { Width = 19, Height = 11, Components = 3, ComponentTransform = true };
        var planes = TestImages.Create(options, 1);
        var frame = new FrameDescriptor(11, 19, 3, 8, 8, false, "YBR_RCT", 0);
        var destination = new byte[frame.DecodedLength];

        var info = new Jpeg2000Decoder(1).Decode(TestCodestreamEncoder.Encode(options, planes), frame, 0, destination);

        var expected = Enumerable.Range(0, 19 * 11).SelectMany(i => new[] { (byte)planes[0][i], (byte)planes[1][i], (byte)planes[2][i] });
        using (Assert.EnterMultipleScope())
        {
            Assert.That(info, Is.EqualTo(new DecodedFrameInfo("RGB", 8, false)));
            Assert.That(destination, Is.EqualTo(expected));
        }
    }

    [Test]
    public void Decode_Signed12BitInto16BitFrame_WritesSignExtendedLittleEndianSamples()
    {
        var options = new TestEncoderOptions { Width = 8, Height = 6, Precision = 12, Signed = true };
        var planes = TestImages.Create(options, 2);
        var frame = new FrameDescriptor(6, 8, 1, 16, 12, true, "MONOCHROME2", 0);
        var destination = new byte[frame.DecodedLength];

        var info = new Jpeg2000Decoder(1).Decode(TestCodestreamEncoder.Encode(options, planes), frame, 0, destination);

        var samples = Enumerable.Range(0, 48).Select(i => (int)BinaryPrimitives.ReadInt16LittleEndian(destination.AsSpan(2 * i)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(info, Is.EqualTo(new DecodedFrameInfo("MONOCHROME2", 12, true)));
            Assert.That(samples, Is.EqualTo(planes[0]));
            Assert.That(planes[0].Min(), Is.Negative, "the image must exercise sign extension");
        }
    }

    [Test]
    public void Decode_UnsignedCodestreamInSignedFrame_ReportsTheCodestreamsSign()
    {
        // Like J2K_pixelrep_mismatch.dcm: Pixel Representation 1, codestream unsigned.
        var options = new TestEncoderOptions { Width = 8, Height = 8, Precision = 13 };
        var frame = new FrameDescriptor(8, 8, 1, 16, 13, true, "MONOCHROME2", 0);

        var info = new Jpeg2000Decoder(1).Decode(TestCodestreamEncoder.Encode(options, TestImages.Create(options, 3)), frame, 0,
            new byte[frame.DecodedLength]);

        Assert.That(info, Is.EqualTo(new DecodedFrameInfo("MONOCHROME2", 13, false)));
    }

    [Test]
    public void Decode_Jp2File_FindsTheCodestreamBox()
    {
        var options = new TestEncoderOptions { Width = 10, Height = 7 };
        var planes = TestImages.Create(options, 4);
        var codestream = TestCodestreamEncoder.Encode(options, planes);
        byte[] jp2 =
        [
            0, 0, 0, 12, (byte)'j', (byte)'P', (byte)' ', (byte)' ', 0x0D, 0x0A, 0x87, 0x0A,
            0, 0, 0, 20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'j', (byte)'p', (byte)'2', (byte)' ', 0, 0, 0, 0,
            (byte)'j', (byte)'p', (byte)'2', (byte)' ',
            0, 0, 0, 0, (byte)'j', (byte)'p', (byte)'2', (byte)'c', .. codestream,
        ];
        var frame = new FrameDescriptor(7, 10, 1, 8, 8, false, "MONOCHROME2", 0);
        var destination = new byte[frame.DecodedLength];

        new Jpeg2000Decoder(1).Decode(jp2, frame, 0, destination);

        Assert.That(destination, Is.EqualTo(planes[0].Select(v => (byte)v)));
    }

    [Test]
    public void Decode_SizeDisagreesWithTheFrame_ThrowsDicomExceptionNamingTheFrame()
    {
        var options = new TestEncoderOptions { Width = 10, Height = 7 };
        var frame = new FrameDescriptor(8, 10, 1, 8, 8, false, "MONOCHROME2", 0);

        var e = Assert.Throws<DicomException>(() =>
            new Jpeg2000Decoder(1).Decode(TestCodestreamEncoder.Encode(options, TestImages.Create(options, 5)), frame, 3, new byte[80]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(e!.Frame, Is.EqualTo(3));
            Assert.That(e.Reason, Does.Contain("10 x 7"));
        }
    }

    [Test]
    public void Decode_PrecisionBeyondBitsAllocated_ThrowsDicomException()
    {
        var options = new TestEncoderOptions { Width = 4, Height = 4, Precision = 12 };
        var frame = new FrameDescriptor(4, 4, 1, 8, 8, false, "MONOCHROME2", 0);

        Assert.Throws<DicomException>(() =>
            new Jpeg2000Decoder(1).Decode(TestCodestreamEncoder.Encode(options, TestImages.Create(options, 6)), frame, 0, new byte[16]));
    }

    [Test]
    public void Decode_TruncatedCodestream_DecodesWhatIsThereAndWarns()
    {
        var options = new TestEncoderOptions { Width = 32, Height = 32, Layers = 4 };
        var codestream = TestCodestreamEncoder.Encode(options, TestImages.Create(options, 7));
        var frame = new FrameDescriptor(32, 32, 1, 8, 8, false, "MONOCHROME2", 0);
        var warnings = new List<string>();

        new Jpeg2000Decoder(1).Decode(codestream.AsSpan(0, codestream.Length * 2 / 3), frame, 0, new byte[1024], warnings);

        Assert.That(warnings, Has.Some.Contains("truncated").Or.Some.Contains("ends after"));
    }

    [Test]
    public void Decode_NotJpeg2000_ThrowsDicomException()
    {
        var frame = new FrameDescriptor(4, 4, 1, 8, 8, false, "MONOCHROME2", 0);

        Assert.Throws<DicomException>(() => new Jpeg2000Decoder().Decode([0xFF, 0xD8, 0xFF, 0xE0, 0, 0], frame, 0, new byte[16]));
    }

    [Test]
    public void Decode_SubsampledComponentAtAnOddImageOffset_FillsEveryPixel()
    {
        // Component 1 is subsampled 2:1 and the image starts at x = 1: its samples (3 a row) cover
        // reference columns 2-3, 4-5 and 6-7, so pixel 0 (column 1) takes the nearest one.
        var codestream = TestCodestreamEncoder.Encode(
            new TestEncoderOptions { Width = 7, Height = 4, Levels = 1 }, TestImages.Create(new TestEncoderOptions { Width = 7, Height = 4 }, 1));
        var luma = Jpeg2000ImageDecoder.Decode(codestream, new DecodeWarnings(), 1 << 10, 1).Components[0];
        var image = new DecodedImage(7, 4, 1, 0,
            [luma, new DecodedComponent(Enumerable.Range(10, 12).ToArray(), 3, 4, 8, false, 2, 1)], false, false);

        var written = Jpeg2000DecoderOutput(image, new FrameDescriptor(4, 7, 2, 8, 8, false, "MONOCHROME2", 0));

        Assert.That(Enumerable.Range(0, 7).Select(x => (int)written[(x * 2) + 1]), Is.EqualTo(new[] { 10, 10, 10, 11, 11, 12, 12 }));
    }

    private static byte[] Jpeg2000DecoderOutput(DecodedImage image, FrameDescriptor frame)
    {
        var destination = new byte[frame.DecodedLength];
        Jpeg2000Decoder.Write(image, frame, destination);
        return destination;
    }
}
