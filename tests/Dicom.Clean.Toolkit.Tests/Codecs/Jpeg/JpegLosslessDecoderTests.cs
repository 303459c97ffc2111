using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

[TestFixture]
public sealed class JpegLosslessDecoderTests
{
    private static IEnumerable<TestCaseData> PredictorsAndPrecisions() =>
        from precision in new[] { 2, 5, 8, 12, 16 }
        from predictor in Enumerable.Range(1, 7)
        select new TestCaseData(predictor, precision).SetArgDisplayNames($"predictor {predictor}", $"{precision}-bit");

    [TestCaseSource(nameof(PredictorsAndPrecisions))]
    public void Decode_LosslessStream_ReturnsEncodedSamplesExactly(int predictor, int precision)
    {
        var image = JpegTestImage.Synthetic(37, 23, precision, seed: predictor);
        var stream = JpegTestLosslessEncoder.Encode(image, predictor);

        Assert.That(JpegTestDecoding.Decode(stream, image), Is.EqualTo(JpegTestDecoding.Interleaved(image)));
    }

    [TestCase(1)]
    [TestCase(4)]
    [TestCase(7)]
    public void Decode_WithRestartMarkers_RestartsPredictionAtEachInterval(int predictor)
    {
        // Restart every 2 rows: the row after each RSTn is predicted like the first row of the image.
        var image = JpegTestImage.Synthetic(20, 17, 12, seed: 3);
        var stream = JpegTestLosslessEncoder.Encode(image, predictor, restartInterval: 40);

        Assert.That(stream.Count(b => b == 0xFF), Is.GreaterThan(8), "the stream should carry restart markers");
        Assert.That(JpegTestDecoding.Decode(stream, image), Is.EqualTo(JpegTestDecoding.Interleaved(image)));
    }

    [TestCase(1, 8)]
    [TestCase(3, 12)]
    [TestCase(6, 16)]
    public void Decode_WithPointTransform_ReturnsSamplesWithLowBitsCleared(int pointTransform, int precision)
    {
        var image = JpegTestImage.Synthetic(16, 9, precision, seed: 5);
        var stream = JpegTestLosslessEncoder.Encode(image, predictor: 5, pointTransform: pointTransform);

        var expected = JpegTestDecoding.Interleaved(image, v => (v >> pointTransform) << pointTransform);
        Assert.That(JpegTestDecoding.Decode(stream, image), Is.EqualTo(expected));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Decode_ThreeComponents_InterleavedOrSeparateScans_ReturnsSamplesExactly(bool interleaved)
    {
        var image = JpegTestImage.Synthetic(19, 11, 16, components: 3, seed: 7);
        var stream = JpegTestLosslessEncoder.Encode(image, predictor: 6, restartInterval: 19, interleaved: interleaved);

        Assert.That(JpegTestDecoding.Decode(stream, image), Is.EqualTo(JpegTestDecoding.Interleaved(image)));
    }

    [Test]
    public void Decode_SubsampledComponents_ReplicatesSamplesLikeLibjpegLossless()
    {
        // libjpeg disables fancy upsampling for lossless data: subsampled samples are repeated.
        var image = JpegTestImage.Synthetic(15, 13, 8, components: 3, seed: 9, sampling: [(2, 2), (1, 1), (1, 2)]);
        var stream = JpegTestLosslessEncoder.Encode(image, predictor: 4, restartInterval: 8);

        Assert.That(JpegTestDecoding.Decode(stream, image), Is.EqualTo(JpegTestDecoding.Interleaved(image)));
    }

    [Test]
    public void Decode_HandBuiltDifferences_FirstRowUsesPredictor1AndFirstColumnPredictor2()
    {
        // 3x2, 8-bit, predictor 4 (Ra + Rb - Rc), every difference +1, computed by hand from T.81 H.1.2.1:
        // row 0: 2^7 + 1 = 129, then Ra + 1 = 130, 131; row 1: Rb + 1 = 130,
        // then 130 + 130 - 129 + 1 = 132, then 132 + 131 - 130 + 1 = 134.
        var scan = new JpegTestEntropyScan();
        for (var i = 0; i < 6; i++)
        {
            scan.Symbol(0, 1);
            scan.Bits(1, 1);
        }

        var image = new JpegTestImage(3, 2, 8, [new JpegTestComponent(1, 1, 1, new ushort[6])]);
        var writer = new JpegTestStreamWriter();
        writer.FrameHeader(0xC3, image);
        var tables = scan.BuildTables();
        writer.HuffmanTables(tables);
        writer.ScanHeader(image, [0], [0], [0], 4, 0, 0, 0);
        scan.WriteTo(writer.Output, tables);

        Assert.That(JpegTestDecoding.Decode(writer.End(), image), Is.EqualTo(new[] { 129, 130, 131, 130, 132, 134 }));
    }

    [Test]
    public void Decode_SixteenBitDifferenceOf32768_UsesCategory16WithoutExtraBits()
    {
        // The first sample is predicted as 2^15; a sample of 0 needs the difference -32768 (SSSS = 16).
        ushort[] samples = [0, 65535, 32768, 1, 0, 65535];
        var image = new JpegTestImage(3, 2, 16, [new JpegTestComponent(1, 1, 1, samples)]);
        var stream = JpegTestLosslessEncoder.Encode(image, predictor: 1);

        Assert.That(JpegTestDecoding.Decode(stream, image), Is.EqualTo(samples.Select(s => (int)s).ToArray()));
    }

    [Test]
    public void Decode_SignedTwelveBitSamples_AreSignExtendedToSixteenBits()
    {
        // Two's complement 12-bit values stored in a 12-bit lossless stream.
        short[] values = [-2048, -1, 0, 1, 2047, -1000];
        var samples = values.Select(v => (ushort)(v & 0xFFF)).ToArray();
        var image = new JpegTestImage(3, 2, 12, [new JpegTestComponent(1, 1, 1, samples)]);
        var stream = JpegTestLosslessEncoder.Encode(image, predictor: 2);

        var decoded = JpegTestDecoding.Decode(stream, JpegTestDecoding.Descriptor(image, signed: true), out var info);

        Assert.That(decoded, Is.EqualTo(values.Select(v => (int)v).ToArray()));
        Assert.That(info.BitsStored, Is.EqualTo(12));
        Assert.That(info.IsSigned, Is.True);
    }
}
