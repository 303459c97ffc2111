using System.Security.Cryptography;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

/// <summary>
/// Decoded output compared with DCMTK 3.6.7. The checksums are SHA-256 of the pixel data dcmdjpeg
/// wrote after decompressing each stream wrapped in a minimal DICOM file by
/// <c>Reference/dcmtk_jpeg_reference.py</c> (default options: YCbCr converted to RGB only when the
/// wrapper declares a YBR photometric interpretation).
/// </summary>
[TestFixture]
public sealed class JpegDcmtkReferenceTests
{
    private static readonly int[][] Tables = [JpegTestDctEncoder.FlatTable(12), JpegTestDctEncoder.FlatTable(20)];

    private static readonly JpegTestImage Grey = new(40, 24, 8, [new JpegTestComponent(1, 1, 1, [])]);

    private static readonly JpegTestImage Colour = new(50, 35, 8,
        [new JpegTestComponent(1, 2, 2, []), new JpegTestComponent(2, 1, 1, []), new JpegTestComponent(3, 1, 1, [])]);

    // ITU T.83 compliance streams (ISO/IEC 10918-2): 255x257, four components with sampling factors
    // 1x1, 1x2, 3x1 and 1x4, restart intervals; wrapped as 4 samples per pixel, CMYK.
    [TestCase("p1/A1.JPG", 8, "56403f27f110ee7bfdd1193d7118bc1835ca66f46177f0a4e6d83daa42721f17", Description = "baseline, interleaved")]
    [TestCase("p2/C1.JPG", 8, "56403f27f110ee7bfdd1193d7118bc1835ca66f46177f0a4e6d83daa42721f17", Description = "extended, interleaved")]
    [TestCase("p2/C2.JPG", 8, "56403f27f110ee7bfdd1193d7118bc1835ca66f46177f0a4e6d83daa42721f17", Description = "extended, one scan per component")]
    [TestCase("p4/E1.JPG", 12, "c2c22bb5d7ed6f2923f5bea6d31ad84631690fef64b8f63a6c50730014e95a94", Description = "12-bit, interleaved")]
    [TestCase("p4/E2.JPG", 12, "c2c22bb5d7ed6f2923f5bea6d31ad84631690fef64b8f63a6c50730014e95a94", Description = "12-bit, one scan per component")]
    [TestCase("p14/O1.JPG", 8, "99a5abd8ad9d02fb96b14a93f290bba6ec96628e2887572aa6f230bae13df6b9", Description = "lossless 8-bit, predictors, interleaved")]
    [TestCase("p14/O2.JPG", 16, "d8e3bd115a989662dbaddccc9bcf7085346fe7c3ad182cee98982f34809c7fce", Description = "lossless 16-bit, one scan per component")]
    public void Decode_ConformanceStream_MatchesDcmtk(string path, int precision, string sha256)
    {
        var stream = File.ReadAllBytes(SharedCorpus.CorpusFile(["codestreams", "10918", .. path.Split('/')]));
        var descriptor = new FrameDescriptor(257, 255, 4, precision <= 8 ? 8 : 16, precision, false, "CMYK", 0);

        Assert.That(DecodeToSha256(stream, descriptor), Is.EqualTo(sha256));
    }

    [Test]
    public void Decode_ProgressiveDcOnly_SmoothsBlocksLikeLibjpeg()
    {
        // Only the DC scan: libjpeg estimates AC01..AC02 from neighbouring DC values (T.81 K.8).
        var stream = JpegTestDctEncoder.EncodeProgressive(Grey, JpegTestDctEncoder.PatternCoefficients(Grey, 7), Tables, [0], [new([0], 0, 0, 0, 0)]);

        Assert.That(DecodeToSha256(stream, JpegTestDecoding.Descriptor(Grey)), Is.EqualTo("567f084b86192b4531f8815f8595f5f50d2f2f8c7e559a370a5321c050a46526"));
    }

    [Test]
    public void Decode_ProgressionStoppedBeforeLastBit_SmoothsOnlyInexactCoefficients()
    {
        JpegTestProgressiveScan[] script = [new([0], 0, 0, 0, 1), new([0], 1, 2, 0, 1), new([0], 3, 63, 0, 0)];
        var stream = JpegTestDctEncoder.EncodeProgressive(Grey, JpegTestDctEncoder.PatternCoefficients(Grey, 7), Tables, [0], script);

        Assert.That(DecodeToSha256(stream, JpegTestDecoding.Descriptor(Grey)), Is.EqualTo("cb81f526ef7b363d8767a64e57a6fe12ff1d7559d6d826c81cf0da2cc6b096d4"));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Decode_Ybr420ProgressiveOrSequential_MatchesDcmtkRgb(bool progressive)
    {
        // 4:2:0 chroma, fancy upsampling, YCbCr to RGB; the progressive stream also has restarts.
        var coefficients = JpegTestDctEncoder.PatternCoefficients(Colour, 8);
        var stream = progressive
            ? JpegTestDctEncoder.EncodeProgressive(Colour, coefficients, Tables, [0, 1, 1], JpegTestDctEncoder.FullProgression(3), restartInterval: 3)
            : JpegTestDctEncoder.EncodeSequential(Colour, coefficients, Tables, [0, 1, 1]);

        Assert.That(DecodeToSha256(stream, JpegTestDecoding.Descriptor(Colour, "YBR_FULL_422")), Is.EqualTo("5e33cdc8e3dc487b384e4d9d8c38e6ddedc363afa864ad57bef705f1a40c1527"));
    }

    private static string DecodeToSha256(byte[] stream, FrameDescriptor descriptor)
    {
        var output = new byte[descriptor.DecodedLength];
        new JpegDecoder().Decode(stream, descriptor, 0, output);
        return Convert.ToHexStringLower(SHA256.HashData(output));
    }
}
