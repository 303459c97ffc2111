using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

/// <summary>
/// Codestream features, one at a time and combined, on streams built in code by
/// <see cref="TestCodestreamEncoder"/>: every lossless stream must decode to its source samples.
/// (Each of these streams was also decoded with opj_decompress 2.5.0 during development and gave
/// the same samples, which is what validates the test encoder itself.)
/// </summary>
[TestFixture]
public sealed class Jpeg2000FeatureTests
{
    private static readonly TestEncoderOptions Base = new()
    {
        Width = 45, Height = 37, Levels = 3, BlockWidthExponent = 3, BlockHeightExponent = 3,
    };

    private static readonly Dictionary<string, TestEncoderOptions> Streams = Features().ToDictionary(f => f.Name, f => f.Options);

    private static IEnumerable<string> Cases() => Streams.Keys;

    private static IEnumerable<(string Name, TestEncoderOptions Options)> Features()
    {
        foreach (var order in Enum.GetValues<ProgressionOrder>())
        {
            yield return Case($"progression {order}, tiles, precincts, layers, 3 components", Base with
            {
                Components = 3, Progression = order, Layers = 3, TileWidth = 24, TileHeight = 20, TileOffsetX = 3, TileOffsetY = 5,
                OffsetX = 7, OffsetY = 9, Precincts = [0x22, 0x33, 0x33, 0x44], ComponentTransform = true,
            });
        }

        foreach (var style in new[]
                 {
                     CodeBlockStyle.Bypass, CodeBlockStyle.Reset, CodeBlockStyle.TerminateAll, CodeBlockStyle.VerticallyCausal,
                     CodeBlockStyle.Predictable, CodeBlockStyle.SegmentationSymbols, CodeBlockStyle.Bypass | CodeBlockStyle.TerminateAll,
                     CodeBlockStyle.Bypass | CodeBlockStyle.Reset | CodeBlockStyle.VerticallyCausal | CodeBlockStyle.SegmentationSymbols,
                     (CodeBlockStyle)0x3F,
                 })
        {
            yield return Case($"code-block style {(int)style:X2}", Base with { BlockStyle = style, Layers = 2, Precision = 12 });
        }

        yield return Case("SOP and EPH markers", Base with { StartOfPacketMarkers = true, EndOfPacketHeaderMarkers = true, Layers = 2 });
        yield return Case("PPM packed headers", Base with { Headers = PacketHeaderPlacement.MainHeader, TileWidth = 32, TileHeight = 16, Layers = 2 });
        yield return Case("PPT packed headers", Base with { Headers = PacketHeaderPlacement.TileHeaders, TileWidth = 16, TileHeight = 32, Layers = 2 });
        yield return Case("PPT with SOP and EPH", Base with
        {
            Headers = PacketHeaderPlacement.TileHeaders, StartOfPacketMarkers = true, EndOfPacketHeaderMarkers = true, Layers = 3,
        });
        yield return Case("several tile-parts per tile", Base with { TilePartsPerTile = 3, TileWidth = 20, TileHeight = 20, Layers = 2 });
        yield return Case("POC chaining two progressions", Base with
        {
            Components = 3, Layers = 3, Progression = ProgressionOrder.Lrcp,
            ProgressionChanges = [new(0, 0, 1, 2, 3, ProgressionOrder.Rpcl), new(0, 0, 3, 4, 3, ProgressionOrder.Cprl)],
        });
        yield return Case("signed 16-bit", Base with { Precision = 16, Signed = true });
        yield return Case("unsigned 16-bit, no decomposition", Base with { Precision = 16, Levels = 0 });
        yield return Case("unsigned 24-bit", Base with { Precision = 24, Layers = 2 });
        yield return Case("bilevel 1-bit", Base with { Precision = 1, Components = 3 });
        yield return Case("ROI maxshift on one component", Base with { Components = 2, RoiShift = 12, Layers = 2 });
        yield return Case("tiny precincts and code-blocks", Base with { Precincts = [0x00, 0x11, 0x11, 0x22], BlockWidthExponent = 2, BlockHeightExponent = 2 });
        yield return Case("one-sample-wide tiles at odd offsets", Base with { Width = 9, Height = 23, TileWidth = 1, TileHeight = 5, TileOffsetX = 3, TileOffsetY = 1, OffsetX = 3, OffsetY = 1 });
        yield return Case("wide flat code-blocks", Base with { Width = 130, Height = 9, BlockWidthExponent = 10, BlockHeightExponent = 2 });
    }

    private static (string, TestEncoderOptions) Case(string name, TestEncoderOptions options) => (name, options);

    [TestCaseSource(nameof(Cases))]
    public void Decode_Feature_IsLossless(string feature)
    {
        var options = Streams[feature];
        var planes = TestImages.Create(options, seed: 11);
        var codestream = TestCodestreamEncoder.Encode(options, planes);
        Dump(feature, codestream);
        var warnings = new DecodeWarnings();

        var image = Jpeg2000ImageDecoder.Decode(codestream, warnings, 1L << 24, maxDegreeOfParallelism: 2);

        Assert.Multiple(() =>
        {
            Assert.That(warnings.Messages, Is.Empty);
            for (var c = 0; c < planes.Length; c++)
            {
                Assert.That(image.Components[c].Samples, Is.EqualTo(planes[c]), $"component {c}");
            }
        });
    }

    // Development aid: J2K_TEST_DUMP=<folder> writes each stream for checking with opj_decompress.
    internal static void Dump(string name, byte[] codestream)
    {
        var folder = Environment.GetEnvironmentVariable("J2K_TEST_DUMP");
        if (!string.IsNullOrEmpty(folder))
        {
            var file = new string(name.Select(ch => char.IsLetterOrDigit(ch) ? ch : '_').ToArray());
            File.WriteAllBytes(Path.Combine(folder, file + ".j2k"), codestream);
        }
    }
}
