using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Imaging.Rendering;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

public sealed class FrameDecoderTests
{
    private const string ExplicitLittle = "1.2.840.10008.1.2.1";
    private const string ExplicitBig = "1.2.840.10008.1.2.2";
    private const string Rle = "1.2.840.10008.1.2.5";
    private static readonly int[] Samples = [1, 2, 3, 4, 5, 6, 0x0FFF, 0x0800, 9, 10, 11, 12];

    [Test]
    public void Decode_NativeLittleEndianInMemory_ReadsTheFrameInPlace()
    {
        using var file = DicomFile.Read(Image(ExplicitLittle, frames: 2).Bytes(0x7FE0, 0x0010, "OW", PixelBuffers.UInt16(Samples)).ToArray());

        using var frame = Decode(file, 1);

        Assert.Multiple(() =>
        {
            Assert.That(frame.IsInPlace, Is.True);
            Assert.That(frame.Bytes.ToArray(), Is.EqualTo(PixelBuffers.UInt16(Samples[6..])));
        });
    }

    [Test]
    public void Decode_NativeBigEndian_SwapsIntoAPooledBuffer()
    {
        using var file = DicomFile.Read(
            Image(ExplicitBig, frames: 2, bigEndian: true).Bytes(0x7FE0, 0x0010, "OW", PixelBuffers.UInt16(Samples, bigEndian: true)).ToArray());

        using var frame = Decode(file, 0);

        Assert.Multiple(() =>
        {
            Assert.That(frame.IsInPlace, Is.False);
            Assert.That(frame.Bytes.ToArray(), Is.EqualTo(PixelBuffers.UInt16(Samples[..6])));
        });
    }

    [Test]
    public void Decode_NativeFromAFile_ReadsTheFramesBytes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"frame-decoder-{Guid.NewGuid():N}.dcm");
        File.WriteAllBytes(path, Image(ExplicitLittle, frames: 2).Bytes(0x7FE0, 0x0010, "OW", PixelBuffers.UInt16(Samples)).ToArray());
        try
        {
            using var file = DicomFile.Open(path);
            using var frame = Decode(file, 1);

            Assert.That(frame.Bytes.ToArray(), Is.EqualTo(PixelBuffers.UInt16(Samples[6..])));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Decode_RleFrame_GoesThroughTheRegistry()
    {
        var planes = RleStreamBuilder.Planes(PixelBuffers.UInt16(Samples[..6]), 1, 2).Select(p => RleStreamBuilder.Encode(p)).ToArray();
        using var file = DicomFile.Read(Image(Rle, frames: 1).Encapsulated([], RleStreamBuilder.Frame(planes)).ToArray());

        using var frame = Decode(file, 0);

        Assert.That(frame.Bytes.ToArray(), Is.EqualTo(PixelBuffers.UInt16(Samples[..6])));
    }

    [Test]
    public void Decode_SyntaxWithoutDecoder_ThrowsCannotDecode()
    {
        var registry = new Dicom.Clean.Toolkit.Imaging.Codecs.PixelDecoderRegistry([]);
        using var file = DicomFile.Read(Image(Rle, frames: 1).Encapsulated([], [0, 1, 2, 3]).ToArray());

        var error = Assert.Throws<DicomException>(() => new FrameDecoder(registry).Decode(DicomPixelData.Find(file)!, ImagePixelAttributesReader.Read(file.Dataset), 0));

        Assert.That(error!.Message, Does.StartWith("cannot decode RLE Lossless"));
    }

    [Test]
    public void Decode_FrameBeyondNumberOfFrames_Throws()
    {
        using var file = DicomFile.Read(Image(ExplicitLittle, frames: 2).Bytes(0x7FE0, 0x0010, "OW", PixelBuffers.UInt16(Samples)).ToArray());

        var error = Assert.Throws<DicomException>(() => Decode(file, 2));

        Assert.That(error!.Frame, Is.EqualTo(2));
    }

    [Test]
    public void Decode_PixelDataShorterThanDeclaredFrames_ThrowsNamingTheFrame()
    {
        using var file = DicomFile.Read(Image(ExplicitLittle, frames: 3).Bytes(0x7FE0, 0x0010, "OW", PixelBuffers.UInt16(Samples)).ToArray());

        var error = Assert.Throws<DicomException>(() => Decode(file, 2));

        Assert.That(error!.Message, Does.Contain("shorter than declared").And.Contain("frame 3"));
    }

    [Test]
    public void ImageRenderer_RendersFrameTwo()
    {
        using var file = DicomFile.Read(Image(ExplicitLittle, frames: 2).Bytes(0x7FE0, 0x0010, "OW", PixelBuffers.UInt16(Samples)).ToArray());

        using var frame = ImageRenderer.Default.Render(file, 1, new RenderOptions { Voi = VoiOptions.MinMax });

        // Frame 2 holds 4095, 2048, 9, 10, 11, 12: the min-max window spans 9..4095.
        Assert.That((frame.Pixels[0], frame.Pixels[2]), Is.EqualTo(((byte)255, (byte)0)));
    }

    [Test]
    public void ImageRenderer_DataSetWithoutPixelData_Throws()
    {
        using var file = DicomFile.Read(Image(ExplicitLittle, frames: 1).ToArray());

        Assert.Throws<DicomException>(() => ImageRenderer.Default.Render(file));
    }

    private static DecodedFrame Decode(DicomFile file, int frame) =>
        FrameDecoder.Default.Decode(DicomPixelData.Find(file)!, ImagePixelAttributesReader.Read(file.Dataset), frame);

    private static DicomByteBuilder Image(string transferSyntax, int frames, bool bigEndian = false) =>
        DicomByteBuilder.Part10(transferSyntax, bigEndian: bigEndian)
            .UInt16(0x0028, 0x0002, 1)
            .Text(0x0028, 0x0004, "CS", "MONOCHROME2")
            .Text(0x0028, 0x0008, "IS", frames.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UInt16(0x0028, 0x0010, 2)
            .UInt16(0x0028, 0x0011, 3)
            .UInt16(0x0028, 0x0100, 16)
            .UInt16(0x0028, 0x0101, 12)
            .UInt16(0x0028, 0x0102, 11)
            .UInt16(0x0028, 0x0103, 0);
}
