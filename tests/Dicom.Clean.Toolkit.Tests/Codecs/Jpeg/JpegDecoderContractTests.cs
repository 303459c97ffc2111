using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

/// <summary>What the decoder promises through <c>IPixelDecoder</c>: syntaxes, layout, reported values.</summary>
[TestFixture]
public sealed class JpegDecoderContractTests
{
    [Test]
    public void TransferSyntaxUids_ListsBaselineExtendedProgressiveAndBothLossless()
    {
        Assert.That(new JpegDecoder().TransferSyntaxUids, Is.EquivalentTo(new[]
        {
            "1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51", "1.2.840.10008.1.2.4.55",
            "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70",
        }));
    }

    [Test]
    public void Decode_EightBitStreamInSixteenBitAllocation_WritesTwoLittleEndianBytesPerSample()
    {
        var image = JpegTestImage.Synthetic(9, 5, 8, seed: 41);
        var stream = JpegTestLosslessEncoder.Encode(image, predictor: 3);

        var decoded = JpegTestDecoding.Decode(stream, JpegTestDecoding.Descriptor(image, bitsAllocated: 16), out var info);

        Assert.That(decoded, Is.EqualTo(JpegTestDecoding.Interleaved(image)));
        Assert.That(info.BitsStored, Is.EqualTo(8));
    }

    [Test]
    public void Decode_BitsStoredAboveThePrecision_ReportsThePrecision()
    {
        // dcmdjpeg lowers Bits Stored to the JPEG precision; a lower declaration is kept.
        var image = JpegTestImage.Synthetic(9, 5, 12, seed: 42);
        var stream = JpegTestLosslessEncoder.Encode(image, predictor: 1);
        var descriptor = JpegTestDecoding.Descriptor(image);

        JpegTestDecoding.Decode(stream, descriptor with { BitsStored = 16 }, out var above);
        JpegTestDecoding.Decode(stream, descriptor with { BitsStored = 10 }, out var below);

        Assert.That((above.BitsStored, below.BitsStored), Is.EqualTo((12, 10)));
    }

    [Test]
    public void Decode_SameDecoderFromManyThreads_GivesTheSameOutput()
    {
        var stream = JpegTestStreams.Progressive(2);
        var descriptor = JpegTestDecoding.Descriptor(JpegTestStreams.Colour, "YBR_FULL_422");
        var decoder = new JpegDecoder();
        var expected = new byte[descriptor.DecodedLength];
        decoder.Decode(stream, descriptor, 0, expected);

        var results = new byte[8][];
        Parallel.For(0, results.Length, i =>
        {
            results[i] = new byte[descriptor.DecodedLength];
            for (var repeat = 0; repeat < 20; repeat++)
            {
                decoder.Decode(stream, descriptor, i, results[i]);
            }
        });

        Assert.That(results, Has.All.EqualTo(expected));
    }
}
