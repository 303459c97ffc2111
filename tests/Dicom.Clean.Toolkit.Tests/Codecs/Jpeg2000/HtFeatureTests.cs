using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

/// <summary>
/// HTJ2K block decoding on streams from the test encoder's HT block coder: cleanup passes of all
/// block shapes, the SigProp and MagRef passes (with and without vertically causal contexts) and
/// placeholder passes in packet headers. Each stream was also decoded with opj_decompress 2.5.0
/// during development to the same samples, except the two with placeholder passes, which
/// OpenJPEG 2.5.0 refuses ("more than 3 coding passes"): those follow T.814's packet header rules
/// as read from the standard and from OpenHTJ2K's parser, without an external decode.
/// </summary>
[TestFixture]
public sealed class HtFeatureTests
{
    private static readonly Dictionary<string, TestEncoderOptions> Streams = new()
    {
        ["cleanup, 3 components, tiles"] = new()
        {
            HighThroughput = true, Width = 61, Height = 43, Components = 3, ComponentTransform = true, TileWidth = 32, TileHeight = 32,
            Levels = 3, BlockWidthExponent = 4, BlockHeightExponent = 3,
        },
        ["cleanup, 16-bit signed"] = new() { HighThroughput = true, Width = 37, Height = 29, Precision = 16, Signed = true, Levels = 2 },
        ["cleanup, one-row and one-column blocks"] = new()
        {
            HighThroughput = true, Width = 33, Height = 9, Levels = 1, BlockWidthExponent = 5, BlockHeightExponent = 2,
        },
        ["cleanup, wide blocks"] = new() { HighThroughput = true, Width = 130, Height = 11, Levels = 0, BlockWidthExponent = 10, BlockHeightExponent = 2 },
        ["cleanup after placeholder passes"] = new() { HighThroughput = true, Width = 40, Height = 24, Levels = 2, HtPlaceholderSets = 2 },
        ["refinement passes"] = new() { HighThroughput = true, HtRefinement = true, Width = 45, Height = 35, Levels = 0, BlockWidthExponent = 4 },
        ["refinement passes, vertically causal"] = new()
        {
            HighThroughput = true, HtRefinement = true, BlockStyle = CodeBlockStyle.VerticallyCausal, Width = 45, Height = 35, Levels = 0,
            BlockWidthExponent = 3, BlockHeightExponent = 5,
        },
        ["refinement after a placeholder set"] = new()
        {
            HighThroughput = true, HtRefinement = true, HtPlaceholderSets = 1, Width = 20, Height = 20, Levels = 0, Precision = 12,
        },
    };

    private static IEnumerable<string> Cases() => Streams.Keys;

    [TestCaseSource(nameof(Cases))]
    public void Decode_HtStream_IsLossless(string feature)
    {
        var options = Streams[feature];
        var planes = options.HtRefinement ? RefinableImage(options) : TestImages.Create(options, 21);
        var codestream = TestCodestreamEncoder.Encode(options, planes);
        Jpeg2000FeatureTests.Dump("HT " + feature, codestream);
        var warnings = new DecodeWarnings();

        var image = Jpeg2000ImageDecoder.Decode(codestream, warnings, 1L << 24, maxDegreeOfParallelism: 2);

        Assert.Multiple(() =>
        {
            Assert.That(image.HighThroughput, Is.True);
            Assert.That(warnings.Messages, Is.Empty);
            for (var c = 0; c < planes.Length; c++)
            {
                Assert.That(image.Components[c].Samples, Is.EqualTo(planes[c]), $"component {c}");
            }
        });
    }

    // Without a wavelet the block coefficients are the level-shifted samples. A sample of
    // magnitude 1 is only coded by SigProp next to a significant sample, so lone ones become 2.
    private static int[][] RefinableImage(TestEncoderOptions options)
    {
        var planes = TestImages.Create(options, 31);
        var shift = options.Signed ? 0 : 1 << (options.Precision - 1);
        var plane = planes[0];
        int Magnitude(int x, int y) => x < 0 || y < 0 || x >= options.Width || y >= options.Height
            ? 0
            : Math.Abs(plane[(y * options.Width) + x] - shift);
        var random = new Random(4);
        for (var i = 0; i < plane.Length; i++)
        {
            // Seed plenty of magnitude-1 samples, then keep only those with a significant neighbour.
            if (random.Next(4) == 0)
            {
                plane[i] = shift + (random.Next(2) == 0 ? 1 : -1);
            }
        }

        for (var y = 0; y < options.Height; y++)
        {
            for (var x = 0; x < options.Width; x++)
            {
                var m = Magnitude(x, y);
                var supported = Enumerable.Range(-1, 3).Any(dy => Enumerable.Range(-1, 3).Any(dx => (dx != 0 || dy != 0) && Magnitude(x + dx, y + dy) >= 2));
                if (m == 1 && !supported)
                {
                    plane[(y * options.Width) + x] = shift + 2;
                }
            }
        }

        return planes;
    }
}
