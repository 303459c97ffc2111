using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

[TestFixture]
public sealed class JpegDctDecoderTests
{
    private static readonly int[][] FineTables = [JpegTestDctEncoder.FlatTable(1), JpegTestDctEncoder.FlatTable(2)];
    private static readonly int[][] CoarseTables = [JpegTestDctEncoder.FlatTable(12), JpegTestDctEncoder.FlatTable(20)];

    private static readonly string[] FullResolutionImages = ["8-bit grey", "12-bit grey", "8-bit RGB"];

    private static readonly string[] Images = ["8-bit grey", "12-bit grey", "8-bit 4:2:0", "8-bit 4:2:2", "12-bit 1x2"];

    private static JpegTestImage Image(string name) => name switch
    {
        "8-bit grey" => JpegTestImage.Synthetic(45, 29, 8, seed: 11),
        "12-bit grey" => JpegTestImage.Synthetic(33, 20, 12, seed: 12),
        "8-bit 4:2:0" => JpegTestImage.Synthetic(50, 35, 8, 3, 13, [(2, 2), (1, 1), (1, 1)]),
        "8-bit 4:2:2" => JpegTestImage.Synthetic(41, 18, 8, 3, 14, [(2, 1), (1, 1), (1, 1)]),
        "8-bit RGB" => JpegTestImage.Synthetic(21, 19, 8, 3, 16),
        _ => JpegTestImage.Synthetic(26, 30, 12, 3, 15, [(1, 2), (1, 1), (1, 2)]),
    };

    [TestCaseSource(nameof(FullResolutionImages))]
    public void Decode_SequentialWithFineQuantization_ReconstructsTheImageClosely(string name)
    {
        // Quantizer 1: only DCT rounding separates output from input.
        var image = Image(name);
        var coefficients = JpegTestDctEncoder.Quantize(image, FineTables, new int[image.Components.Length]);
        var stream = JpegTestDctEncoder.EncodeSequential(image, coefficients, FineTables, new int[image.Components.Length]);

        var decoded = JpegTestDecoding.Decode(stream, image);
        var expected = JpegTestDecoding.Interleaved(image);
        var worst = decoded.Zip(expected, (a, b) => Math.Abs(a - b)).Max();
        Assert.That(worst, Is.LessThanOrEqualTo(2));
    }

    [TestCaseSource(nameof(Images))]
    public void Decode_ProgressiveStream_EqualsSequentialStreamOfTheSameCoefficients(string name)
    {
        var image = Image(name);
        var selectors = Enumerable.Range(0, image.Components.Length).Select(i => Math.Min(i, 1)).ToArray();
        var coefficients = JpegTestDctEncoder.Quantize(image, CoarseTables, selectors);
        var sequential = JpegTestDctEncoder.EncodeSequential(image, coefficients, CoarseTables, selectors);
        var progressive = JpegTestDctEncoder.EncodeProgressive(image, coefficients, CoarseTables, selectors, JpegTestDctEncoder.FullProgression(image.Components.Length));

        Assert.That(JpegTestDecoding.Decode(progressive, image), Is.EqualTo(JpegTestDecoding.Decode(sequential, image)));
    }

    [TestCaseSource(nameof(Images))]
    public void Decode_ProgressiveWithRestartMarkers_EqualsSequential(string name)
    {
        var image = Image(name);
        var selectors = new int[image.Components.Length];
        var coefficients = JpegTestDctEncoder.Quantize(image, CoarseTables, selectors);
        var sequential = JpegTestDctEncoder.EncodeSequential(image, coefficients, CoarseTables, selectors);
        var progressive = JpegTestDctEncoder.EncodeProgressive(image, coefficients, CoarseTables, selectors, JpegTestDctEncoder.FullProgression(image.Components.Length), restartInterval: 3);

        Assert.That(JpegTestDecoding.Decode(progressive, image), Is.EqualTo(JpegTestDecoding.Decode(sequential, image)));
    }

    [TestCaseSource(nameof(Images))]
    public void Decode_WithRestartMarkersOrSeparateScans_EqualsSingleInterleavedScan(string name)
    {
        var image = Image(name);
        var selectors = new int[image.Components.Length];
        var coefficients = JpegTestDctEncoder.Quantize(image, CoarseTables, selectors);
        var reference = JpegTestDecoding.Decode(JpegTestDctEncoder.EncodeSequential(image, coefficients, CoarseTables, selectors), image);

        var withRestarts = JpegTestDctEncoder.EncodeSequential(image, coefficients, CoarseTables, selectors, restartInterval: 2);
        var separate = JpegTestDctEncoder.EncodeSequential(image, coefficients, CoarseTables, selectors, restartInterval: 5, interleaved: false);

        Assert.That(JpegTestDecoding.Decode(withRestarts, image), Is.EqualTo(reference));
        Assert.That(JpegTestDecoding.Decode(separate, image), Is.EqualTo(reference));
    }

    [Test]
    public void Decode_SpectralSelectionOnly_KeepsTheBandsSent()
    {
        // A progression that never sends AC coefficients 10-63 decodes like a sequential stream
        // whose blocks have those coefficients zeroed.
        var image = JpegTestImage.Synthetic(24, 16, 8, seed: 21);
        var coefficients = JpegTestDctEncoder.Quantize(image, CoarseTables, [0]);
        JpegTestProgressiveScan[] script = [new([0], 0, 0, 0, 0), new([0], 1, 9, 0, 0)];
        var progressive = JpegTestDctEncoder.EncodeProgressive(image, coefficients, CoarseTables, [0], script);

        var truncated = coefficients[0].ToArray();
        for (var block = 0; block < truncated.Length; block += 64)
        {
            for (var k = 10; k < 64; k++)
            {
                truncated[block + JpegTestStreamWriter.ZigZag[k]] = 0;
            }
        }

        var sequential = JpegTestDctEncoder.EncodeSequential(image, [truncated], CoarseTables, [0]);
        Assert.That(JpegTestDecoding.Decode(progressive, image), Is.EqualTo(JpegTestDecoding.Decode(sequential, image)));
    }
}
