using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

/// <summary>
/// The colour decision dcmdjpeg makes by default (EDC_photometricInterpretation): YCbCr is converted
/// to RGB when the data set declares YBR_FULL, YBR_FULL_422 or YBR_PARTIAL_422, never otherwise,
/// whatever JFIF or Adobe markers the stream carries.
/// </summary>
[TestFixture]
public sealed class JpegColourTests
{
    // A flat 4:2:0 image coded as DC-only blocks with quantizer 8, so samples are exact:
    // Y = 128 - 28 = 100, Cb = 128 + 20 = 148, Cr = 128 - 30 = 98.
    private static readonly JpegTestImage Flat = new(20, 12, 8,
        [new JpegTestComponent(1, 2, 2, []), new JpegTestComponent(2, 1, 1, []), new JpegTestComponent(3, 1, 1, [])]);

    [TestCase("YBR_FULL_422")]
    [TestCase("YBR_FULL")]
    [TestCase("YBR_PARTIAL_422")]
    public void Decode_DeclaredYbr_ConvertsToRgbWithLibjpegIntegerArithmetic(string photometric)
    {
        // libjpeg's ycc_rgb_convert with 16-bit fixed point (FIX(1.402) = 91881, FIX(0.34414) = 22554,
        // FIX(0.71414) = 46802, FIX(1.772) = 116130), worked by hand:
        // R = 100 + ((91881 * -30 + 32768) >> 16) = 100 - 42 = 58
        // G = 100 + ((-22554 * 20 + 32768 + 46802 * 30) >> 16) = 100 + 15 = 115
        // B = 100 + ((116130 * 20 + 32768) >> 16) = 100 + 35 = 135
        var decoded = JpegTestDecoding.Decode(FlatStream(), JpegTestDecoding.Descriptor(Flat, photometric), out var info);

        Assert.That(info.PhotometricInterpretation, Is.EqualTo("RGB"));
        Assert.That(decoded.Chunk(3).Select(p => (p[0], p[1], p[2])).Distinct().ToArray(), Is.EqualTo(new[] { (58, 115, 135) }));
    }

    [TestCase("RGB")]
    [TestCase("YBR_ICT")]
    public void Decode_DeclaredOtherThanYbr_LeavesComponentsAsCoded(string photometric)
    {
        var decoded = JpegTestDecoding.Decode(WithJfifMarker(FlatStream()), JpegTestDecoding.Descriptor(Flat, photometric), out var info);

        Assert.That(info.PhotometricInterpretation, Is.EqualTo(photometric));
        Assert.That(decoded.Chunk(3).Select(p => (p[0], p[1], p[2])).Distinct().ToArray(), Is.EqualTo(new[] { (100, 148, 98) }));
    }

    [Test]
    public void Decode_SignedYbr_IsNotConvertedAndReportedAsYbrFull()
    {
        // dcmdjpeg refuses to convert signed samples; we decode them as coded and say so.
        var decoded = JpegTestDecoding.Decode(FlatStream(), JpegTestDecoding.Descriptor(Flat, "YBR_FULL_422", signed: true), out var info);

        Assert.That(info.PhotometricInterpretation, Is.EqualTo("YBR_FULL"));
        Assert.That(decoded.Chunk(3).Select(p => (p[0], p[1], p[2])).Distinct().ToArray(), Is.EqualTo(new[] { (100, -108, 98) }));
    }

    [Test]
    public void Decode_SingleComponentDeclaredYbr_IsReportedAsMonochrome2()
    {
        var grey = new JpegTestImage(16, 8, 8, [new JpegTestComponent(1, 1, 1, [])]);
        var coefficients = JpegTestDctEncoder.PatternCoefficients(grey, 3);
        var stream = JpegTestDctEncoder.EncodeSequential(grey, coefficients, [JpegTestDctEncoder.FlatTable(8)], [0]);

        JpegTestDecoding.Decode(stream, JpegTestDecoding.Descriptor(grey, "YBR_FULL"), out var info);

        Assert.That(info.PhotometricInterpretation, Is.EqualTo("MONOCHROME2"));
    }

    private static byte[] FlatStream()
    {
        short[] dc = [-28, 20, -30];
        var coefficients = Flat.Components.Select((c, i) =>
        {
            var blocks = JpegTestDctEncoder.BlocksPerLine(Flat, c) * JpegTestDctEncoder.BlockRows(Flat, c);
            var values = new short[blocks * 64];
            for (var b = 0; b < blocks; b++)
            {
                values[b * 64] = dc[i];
            }

            return values;
        }).ToArray();
        return JpegTestDctEncoder.EncodeSequential(Flat, coefficients, [JpegTestDctEncoder.FlatTable(8)], [0, 0, 0]);
    }

    // A JFIF APP0 segment says "YCbCr" to a JPEG viewer; DICOM's declaration still decides.
    private static byte[] WithJfifMarker(byte[] stream) =>
        JpegTestStreams.Insert(stream, 2, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00);
}
