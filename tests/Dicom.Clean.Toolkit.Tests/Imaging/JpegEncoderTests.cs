using System.Buffers;
using Dicom.Clean.Toolkit.Imaging.Encoders;
using Dicom.Clean.Toolkit.Imaging.Rendering;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

/// <summary>
/// Structure and round trip of the baseline JPEG encoder. During development its output was also
/// decoded with libjpeg-turbo's djpeg 2.1.5 (seed MR rendered at quality 90: 51.9 dB PSNR).
/// </summary>
public sealed class JpegEncoderTests
{
    [Test]
    public void Encode_Gray_WritesBaselineJfifMarkersInOrder()
    {
        var jpeg = Encode(Smooth(40, 24, 1), 40, 24, RenderedPixelFormat.Gray8);

        var decoded = JpegTestDecoder.Decode(jpeg);

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Markers, Is.EqualTo(new byte[] { 0xD8, 0xE0, 0xDB, 0xC0, 0xC4, 0xC4, 0xDA, 0xD9 }));
            Assert.That(jpeg.AsSpan(6, 5).ToArray(), Is.EqualTo("JFIF\0"u8.ToArray()));
            Assert.That((decoded.Width, decoded.Height), Is.EqualTo((40, 24)));
            Assert.That(decoded.Components, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Encode_Quality50_WritesTheAnnexKLuminanceTable()
    {
        var decoded = JpegTestDecoder.Decode(Encode(Smooth(8, 8, 1), 8, 8, RenderedPixelFormat.Gray8, quality: 50));

        Assert.That(decoded.Quantization[0][..8], Is.EqualTo(new[] { 16, 11, 10, 16, 24, 40, 51, 61 }));
    }

    [TestCase(100, 1)]
    [TestCase(1, 255)]
    public void Encode_ExtremeQuality_ClampsTheSteps(int quality, int firstStep)
    {
        var decoded = JpegTestDecoder.Decode(Encode(Smooth(8, 8, 1), 8, 8, RenderedPixelFormat.Gray8, quality: quality));

        Assert.That(decoded.Quantization[0][0], Is.EqualTo(firstStep));
    }

    [Test]
    public void Encode_GrayWithOddSize_DecodesCloseToTheSource()
    {
        var pixels = Smooth(53, 37, 1);

        var decoded = JpegTestDecoder.Decode(Encode(pixels, 53, 37, RenderedPixelFormat.Gray8, quality: 95));

        Assert.That(Psnr(pixels, decoded.Pixels), Is.GreaterThan(40));
    }

    [Test]
    public void Encode_Color420_UsesTwoByTwoLuminanceSampling()
    {
        var pixels = Smooth(35, 21, 3);

        var decoded = JpegTestDecoder.Decode(Encode(pixels, 35, 21, RenderedPixelFormat.Rgb24, quality: 95));

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Components.Select(c => (c.H, c.V)), Is.EqualTo(new[] { (2, 2), (1, 1), (1, 1) }));
            Assert.That(decoded.Markers.Count(m => m == 0xC4), Is.EqualTo(4));
            Assert.That(Psnr(pixels, decoded.Pixels), Is.GreaterThan(32));
        });
    }

    [Test]
    public void Encode_Color444_KeepsFullChroma()
    {
        var pixels = Smooth(19, 26, 3);

        var decoded = JpegTestDecoder.Decode(
            Encode(pixels, 19, 26, RenderedPixelFormat.Rgb24, quality: 95, subsampling: JpegChromaSubsampling.Yuv444));

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Components.Select(c => (c.H, c.V)), Is.EqualTo(new[] { (1, 1), (1, 1), (1, 1) }));
            Assert.That(Psnr(pixels, decoded.Pixels), Is.GreaterThan(36));
        });
    }

    [Test]
    public void Encode_HigherQuality_IsLargerAndCloser()
    {
        var pixels = Smooth(64, 64, 1);
        var low = Encode(pixels, 64, 64, RenderedPixelFormat.Gray8, quality: 30);
        var high = Encode(pixels, 64, 64, RenderedPixelFormat.Gray8, quality: 95);

        Assert.Multiple(() =>
        {
            Assert.That(high, Has.Length.GreaterThan(low.Length));
            Assert.That(Psnr(pixels, JpegTestDecoder.Decode(high).Pixels), Is.GreaterThan(Psnr(pixels, JpegTestDecoder.Decode(low).Pixels)));
        });
    }

    [Test]
    public void Encode_SaturatedCheckerboard_StaysDecodable()
    {
        // Extreme AC energy at quality 100 exercises the largest Huffman categories and 0xFF stuffing.
        var pixels = Enumerable.Range(0, 16 * 16).Select(i => (byte)((((i % 16) + (i / 16)) & 1) == 0 ? 0 : 255)).ToArray();

        var decoded = JpegTestDecoder.Decode(Encode(pixels, 16, 16, RenderedPixelFormat.Gray8, quality: 100));

        Assert.That(Psnr(pixels, decoded.Pixels), Is.GreaterThan(30));
    }

    [Test]
    public void Encode_ToBufferWriter_WritesTheSameBytesAsToAStream()
    {
        var pixels = Smooth(24, 24, 3);
        var writer = new ArrayBufferWriter<byte>();

        JpegEncoder.Encode(pixels, 24, 24, RenderedPixelFormat.Rgb24, writer);

        Assert.That(writer.WrittenSpan.ToArray(), Is.EqualTo(Encode(pixels, 24, 24, RenderedPixelFormat.Rgb24, quality: 90)));
    }

    [Test]
    public void Encode_Gray16_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => JpegEncoder.Encode(new byte[8], 2, 2, RenderedPixelFormat.Gray16, Stream.Null));
    }

    private static byte[] Encode(
        byte[] pixels, int width, int height, RenderedPixelFormat format, int quality = 90,
        JpegChromaSubsampling subsampling = JpegChromaSubsampling.Yuv420)
    {
        using var stream = new MemoryStream();
        JpegEncoder.Encode(pixels, width, height, format, stream, new JpegEncoderOptions { Quality = quality, ChromaSubsampling = subsampling });
        return stream.ToArray();
    }

    private static byte[] Smooth(int width, int height, int channels)
    {
        var pixels = new byte[width * height * channels];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < channels; c++)
                {
                    var value = 128 + (90 * Math.Sin((x + (7 * c)) / 6.0) * Math.Cos((y - (5 * c)) / 9.0));
                    pixels[(((y * width) + x) * channels) + c] = (byte)value;
                }
            }
        }

        return pixels;
    }

    private static double Psnr(byte[] expected, byte[] actual)
    {
        double squared = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            var d = expected[i] - actual[i];
            squared += d * d;
        }

        var mse = squared / expected.Length;
        return mse == 0 ? double.PositiveInfinity : 10 * Math.Log10(255.0 * 255.0 / mse);
    }
}
