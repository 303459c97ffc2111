using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Rle;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

public sealed class RleLosslessDecoderTests
{
    private readonly RleLosslessDecoder _decoder = new();

    [Test]
    public void Decode_HandWrittenEightBitSegment_ExpandsLiteralAndReplicateRuns()
    {
        // Literal run of 3 (header 2), replicate 0x7F five times (header -4), no-op (-128), literal of 1.
        byte[] segment = [0x02, 10, 20, 30, 0xFC, 0x7F, 0x80, 0x00, 99, 0x00];
        var frame = Descriptor(rows: 1, columns: 9, bitsAllocated: 8);

        var decoded = Decode(RleStreamBuilder.Frame(segment), frame);

        Assert.That(decoded, Is.EqualTo(new byte[] { 10, 20, 30, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 99 }));
    }

    [Test]
    public void Decode_SixteenBit_TakesTheMostSignificantByteFromTheFirstSegment()
    {
        byte[] high = [0x01, 0x12, 0xAB];
        byte[] low = [0x01, 0x34, 0xCD];
        var frame = Descriptor(rows: 1, columns: 2, bitsAllocated: 16);

        var decoded = Decode(RleStreamBuilder.Frame(high, low), frame);

        Assert.That(decoded, Is.EqualTo(PixelBuffers.UInt16([0x1234, 0xABCD])));
    }

    [Test]
    public void Decode_ThreeSamplesEightBit_InterleavesTheSegments()
    {
        var rgb = TestPattern.Values(5 * 7 * 3, 0, 3).Select(v => (byte)(v * 60)).ToArray();
        var segments = RleStreamBuilder.Planes(rgb, 3, 1).Select(p => RleStreamBuilder.Encode(p)).ToArray();
        var frame = Descriptor(rows: 5, columns: 7, bitsAllocated: 8, samples: 3, photometric: PhotometricInterpretations.Rgb);

        Assert.That(Decode(RleStreamBuilder.Frame(segments), frame), Is.EqualTo(rgb));
    }

    [Test]
    public void Decode_ThirtyTwoBitThreeSamples_UsesTwelveSegments()
    {
        var values = TestPattern.Values(4 * 4 * 3, 0, int.MaxValue).Select(v => (long)v).ToArray();
        var interleaved = PixelBuffers.UInt32(values);
        var segments = RleStreamBuilder.Planes(interleaved, 3, 4).Select(p => RleStreamBuilder.Encode(p)).ToArray();
        var frame = Descriptor(rows: 4, columns: 4, bitsAllocated: 32, samples: 3, photometric: PhotometricInterpretations.Rgb);

        Assert.Multiple(() =>
        {
            Assert.That(segments, Has.Length.EqualTo(12));
            Assert.That(Decode(RleStreamBuilder.Frame(segments), frame), Is.EqualTo(interleaved));
        });
    }

    [Test]
    public void Decode_OneBit_UnpacksThePackedSegment()
    {
        // 2x6 pixels = 12 bits: bytes 0b1010_0101, 0b0000_1111 (least significant bit first).
        byte[] packed = [0xA5, 0x0F];
        var frame = Descriptor(rows: 2, columns: 6, bitsAllocated: 1, bitsStored: 1);

        var decoded = Decode(RleStreamBuilder.Frame(RleStreamBuilder.Encode(packed)), frame);

        Assert.That(decoded, Is.EqualTo(new byte[] { 1, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1 }));
    }

    [Test]
    public void Decode_SegmentWithEncoderPadding_IgnoresBytesBeyondTheFrame()
    {
        byte[] segment = [0xFD, 42, 0x00, 7];
        var frame = Descriptor(rows: 1, columns: 4, bitsAllocated: 8);

        Assert.That(Decode(RleStreamBuilder.Frame(segment), frame), Is.EqualTo(new byte[] { 42, 42, 42, 42 }));
    }

    [Test]
    public void Decode_ReturnsTheDeclaredPhotometricAndPrecision()
    {
        var frame = Descriptor(rows: 1, columns: 2, bitsAllocated: 16, bitsStored: 12);
        var destination = new byte[4];

        var info = _decoder.Decode(RleStreamBuilder.Frame([0x01, 1, 2], [0x01, 3, 4]), frame, 0, destination);

        Assert.That(info, Is.EqualTo(new DecodedFrameInfo(PhotometricInterpretations.Monochrome2, 12, false)));
    }

    [Test]
    public void Decode_ShortHeader_ThrowsWithTheFrame()
    {
        var error = Assert.Throws<DicomException>(() => Decode(new byte[40], Descriptor(1, 1, 8), frameIndex: 4));

        Assert.That(error!.Frame, Is.EqualTo(4));
    }

    [Test]
    public void Decode_FewerSegmentsThanSamples_Throws()
    {
        var frame = Descriptor(rows: 1, columns: 2, bitsAllocated: 16);

        var error = Assert.Throws<DicomException>(() => Decode(RleStreamBuilder.Frame([0x01, 1, 2]), frame));

        Assert.That(error!.Message, Does.Contain("needs 2"));
    }

    [Test]
    public void Decode_SegmentOffsetPastTheEnd_ThrowsWithHeaderOffset()
    {
        var stream = RleStreamBuilder.Frame([0x01, 1, 2]);
        stream[4] = 200;

        var error = Assert.Throws<DicomException>(() => Decode(stream, Descriptor(1, 2, 8)));

        Assert.That(error!.Offset, Is.EqualTo(4));
    }

    [Test]
    public void Decode_SegmentThatDecodesShort_ThrowsWithSegmentOffset()
    {
        var stream = RleStreamBuilder.Frame([0x01, 1, 2]);

        var error = Assert.Throws<DicomException>(() => Decode(stream, Descriptor(rows: 2, columns: 2, bitsAllocated: 8)));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Offset, Is.EqualTo(64));
            Assert.That(error.Message, Does.Contain("decodes to 2 bytes, 4 expected"));
        });
    }

    [Test]
    public void Decode_ZeroOrTooManySegments_Throws()
    {
        var stream = RleStreamBuilder.Frame([0x00, 1]);
        stream[0] = 16;

        Assert.Throws<DicomException>(() => Decode(stream, Descriptor(1, 1, 8)));
    }

    [Test]
    public void Registry_Default_DecodesRleLossless()
    {
        Assert.That(PixelDecoderRegistry.Default.GetDecoder(RleLosslessDecoder.TransferSyntaxUid), Is.InstanceOf<RleLosslessDecoder>());
    }

    private static FrameDescriptor Descriptor(
        int rows, int columns, int bitsAllocated, int samples = 1, string photometric = PhotometricInterpretations.Monochrome2,
        int? bitsStored = null) =>
        new(rows, columns, samples, bitsAllocated, bitsStored ?? bitsAllocated, false, photometric, 0);

    private byte[] Decode(byte[] encoded, FrameDescriptor frame, int frameIndex = 0)
    {
        var destination = new byte[frame.DecodedLength];
        _decoder.Decode(encoded, frame, frameIndex, destination);
        return destination;
    }
}
