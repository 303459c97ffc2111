using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using Dicom.Clean.Toolkit.Imaging.Encoders;
using Dicom.Clean.Toolkit.Imaging.Rendering;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

public sealed class PngEncoderTests
{
    private static readonly PngFilter[] Filters = Enum.GetValues<PngFilter>();

    [TestCaseSource(nameof(Filters))]
    public void Encode_Gray8_DecodesBackToThePixels(PngFilter filter)
    {
        var pixels = Gradient(37, 23, 1);

        var png = Read(pixels, 37, 23, RenderedPixelFormat.Gray8, filter);

        Assert.Multiple(() =>
        {
            Assert.That((png.Width, png.Height, png.BitDepth, png.ColorType), Is.EqualTo((37, 23, 8, 0)));
            Assert.That(png.Pixels, Is.EqualTo(pixels));
        });
    }

    [TestCaseSource(nameof(Filters))]
    public void Encode_Rgb24_DecodesBackToThePixels(PngFilter filter)
    {
        var pixels = Gradient(19, 11, 3);

        var png = Read(pixels, 19, 11, RenderedPixelFormat.Rgb24, filter);

        Assert.Multiple(() =>
        {
            Assert.That((png.BitDepth, png.ColorType), Is.EqualTo((8, 2)));
            Assert.That(png.Pixels, Is.EqualTo(pixels));
        });
    }

    [TestCaseSource(nameof(Filters))]
    public void Encode_Gray16_WritesBigEndianSamples(PngFilter filter)
    {
        var samples = Enumerable.Range(0, 13 * 7).Select(i => (int)(TestPattern.At(i) % 65536)).ToArray();

        var png = Read(PixelBuffers.UInt16(samples), 13, 7, RenderedPixelFormat.Gray16, filter);

        Assert.Multiple(() =>
        {
            Assert.That((png.BitDepth, png.ColorType), Is.EqualTo((16, 0)));
            Assert.That(png.Pixels, Is.EqualTo(PixelBuffers.UInt16(samples, bigEndian: true)));
        });
    }

    [Test]
    public void Encode_LargeImage_SplitsDataIntoSeveralIdatChunks()
    {
        var noise = new byte[600 * 400];
        new Random(42).NextBytes(noise);

        var png = Read(noise, 600, 400, RenderedPixelFormat.Gray8, PngFilter.None);

        Assert.Multiple(() =>
        {
            Assert.That(png.Chunks[0], Is.EqualTo("IHDR"));
            Assert.That(png.Chunks.Count(c => c == "IDAT"), Is.GreaterThan(1));
            Assert.That(png.Chunks[^1], Is.EqualTo("IEND"));
            Assert.That(png.Pixels, Is.EqualTo(noise));
        });
    }

    [Test]
    public void Encode_ToBufferWriter_WritesTheSameBytesAsToAStream()
    {
        var pixels = Gradient(31, 9, 1);
        using var stream = new MemoryStream();
        var writer = new ArrayBufferWriter<byte>();

        PngEncoder.Encode(pixels, 31, 9, RenderedPixelFormat.Gray8, stream);
        PngEncoder.Encode(pixels, 31, 9, RenderedPixelFormat.Gray8, writer);

        Assert.That(writer.WrittenSpan.ToArray(), Is.EqualTo(stream.ToArray()));
    }

    [Test]
    public void Encode_RenderedFrame_UsesItsSizeAndFormat()
    {
        var image = new Dicom.Clean.Toolkit.Imaging.ImagePixelAttributes
        {
            Rows = 2,
            Columns = 3,
            BitsAllocated = 8,
            BitsStored = 8,
            HighBit = 7,
            PhotometricInterpretation = "MONOCHROME2",
        };
        using var frame = FrameRenderer.Render(image, 0, [0, 51, 102, 153, 204, 255]);
        using var stream = new MemoryStream();

        PngEncoder.Encode(frame, stream);
        var png = PngTestReader.Read(stream.ToArray());

        Assert.That((png.Width, png.Height, png.Pixels), Is.EqualTo((3, 2, new byte[] { 0, 51, 102, 153, 204, 255 })));
    }

    [Test]
    public void Encode_FastestLevel_WritesAValidZlibHeader()
    {
        using var stream = new MemoryStream();
        PngEncoder.Encode(Gradient(8, 8, 1), 8, 8, RenderedPixelFormat.Gray8, stream);
        var bytes = stream.ToArray();

        // First IDAT follows the signature (8) and IHDR (25): its data starts with CMF/FLG, a multiple of 31.
        var idatData = bytes[(8 + 25 + 8)..];
        Assert.Multiple(() =>
        {
            Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 8 + 25 + 4, 4), Is.EqualTo("IDAT"));
            Assert.That(idatData[0] & 0x0F, Is.EqualTo(8), "deflate");
            Assert.That(BinaryPrimitives.ReadUInt16BigEndian(idatData) % 31, Is.Zero);
        });
    }

    private static PngTestReader.Image Read(byte[] pixels, int width, int height, RenderedPixelFormat format, PngFilter filter)
    {
        using var stream = new MemoryStream();
        PngEncoder.Encode(pixels, width, height, format, stream, new PngEncoderOptions { Filter = filter, CompressionLevel = 6, CompressionStrategy = ZLibCompressionStrategy.Default });
        return PngTestReader.Read(stream.ToArray());
    }

    private static byte[] Gradient(int width, int height, int channels)
    {
        var pixels = new byte[width * height * channels];
        for (var i = 0; i < pixels.Length; i++)
        {
            var x = (i / channels) % width;
            var y = i / channels / width;
            pixels[i] = (byte)((x * 7) + (y * 3) + ((i % channels) * 50) + (TestPattern.At(i) % 5));
        }

        return pixels;
    }
}
