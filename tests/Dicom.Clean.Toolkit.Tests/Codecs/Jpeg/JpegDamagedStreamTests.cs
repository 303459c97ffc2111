using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;
using Dicom.Clean.Toolkit.Tests.Codecs.Jpeg.Support;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

[TestFixture]
public sealed class JpegDamagedStreamTests
{
    private static readonly string[] Kinds = ["baseline", "extended 12-bit", "progressive", "lossless 16-bit"];

    [TestCaseSource(nameof(Kinds))]
    public void Decode_TruncatedAtAnyOffset_ThrowsDicomExceptionNamingFrameAndOffset(string kind)
    {
        var (stream, descriptor) = Valid(kind, restartInterval: 2);
        var lastScan = JpegTestStreams.MarkerOffsets(stream, m => m == 0xDA).Max();
        for (var length = 0; length < stream.Length - 2; length++)
        {
            var truncated = stream[..length];
            var output = new byte[descriptor.DecodedLength];
            if (length <= lastScan)
            {
                var exception = Assert.Throws<DicomException>(() => new JpegDecoder().Decode(truncated, descriptor, 6, output), $"length {length}");
                Assert.That(exception!.Frame, Is.EqualTo(6));
                Assert.That(exception.Offset, Is.InRange(0, length), $"length {length}");
            }
            else
            {
                // Within the last scan's data: either damaged, or complete but for the EOI.
                try
                {
                    new JpegDecoder().Decode(truncated, descriptor, 6, output);
                }
                catch (DicomException exception)
                {
                    Assert.That(exception.Offset, Is.InRange(0, length));
                }
            }
        }
    }

    [TestCaseSource(nameof(Kinds))]
    public void Decode_WithoutEoiOrWithJunkAfterIt_GivesTheSameImage(string kind)
    {
        var (stream, descriptor) = Valid(kind, restartInterval: 3);
        var expected = Decode(stream, descriptor);

        Assert.That(Decode(stream[..^2], descriptor), Is.EqualTo(expected), "missing EOI");
        Assert.That(Decode([.. stream, 0x00, 0xFF, 0xD8, 0x12, 0xFF], descriptor), Is.EqualTo(expected), "junk after EOI");
    }

    [TestCaseSource(nameof(Kinds))]
    public void Decode_FillBytesBeforeMarkers_AreSkipped(string kind)
    {
        var (stream, descriptor) = Valid(kind, restartInterval: 2);
        var expected = Decode(stream, descriptor);
        var padded = stream;
        foreach (var offset in JpegTestStreams.MarkerOffsets(stream, m => m != 0xD8).OrderDescending())
        {
            padded = JpegTestStreams.Insert(padded, offset, 0xFF, 0xFF);
        }

        Assert.That(Decode(padded, descriptor), Is.EqualTo(expected));
    }

    [Test]
    public void Decode_HeightDeferredToDnl_UsesTheDataSetRows()
    {
        var (stream, descriptor) = Valid("lossless 16-bit");
        var expected = Decode(stream, descriptor);
        var sof = JpegTestStreams.MarkerOffsets(stream, m => m == 0xC3)[0];
        var eoi = stream.Length - 2;
        var withDnl = JpegTestStreams.Insert(stream, eoi, 0xFF, 0xDC, 0x00, 0x04, 0x00, (byte)descriptor.Rows);
        withDnl[sof + 5] = 0;
        withDnl[sof + 6] = 0;

        Assert.That(Decode(withDnl, descriptor), Is.EqualTo(expected));

        withDnl[eoi + 5]++;
        Assert.Throws<DicomException>(() => Decode(withDnl, descriptor), "a DNL disagreeing with Rows");
    }

    [Test]
    public void Decode_FrameHeaderLargerThanTheDataSetSays_ThrowsBeforeDecoding()
    {
        var (stream, descriptor) = Valid("baseline");
        var sof = JpegTestStreams.MarkerOffsets(stream, m => m == 0xC0 || m == 0xC1)[0];
        stream[sof + 5] = 0xFF;
        stream[sof + 6] = 0xFF;
        stream[sof + 7] = 0xFF;
        stream[sof + 8] = 0xFF;

        var exception = Assert.Throws<DicomException>(() => Decode(stream, descriptor));

        Assert.That(exception!.Message, Does.Contain("65535x65535").And.Contain("37x21"));
        Assert.That(exception.Offset, Is.EqualTo(sof));
    }

    [Test]
    public void Decode_ComponentCountDifferentFromSamplesPerPixel_ThrowsDicomException()
    {
        var (stream, descriptor) = Valid("baseline");

        Assert.Throws<DicomException>(() => Decode(stream, descriptor with { SamplesPerPixel = 1 }));
    }

    [Test]
    public void Decode_TwelveBitStreamIntoEightBitSamples_ThrowsDicomException()
    {
        var (stream, descriptor) = Valid("extended 12-bit");

        Assert.Throws<DicomException>(() => Decode(stream, descriptor with { BitsAllocated = 8, BitsStored = 8 }));
    }

    [TestCase(0xC9, Description = "arithmetic coding")]
    [TestCase(0xC5, Description = "hierarchical")]
    public void Decode_UnsupportedProcess_ThrowsDicomExceptionSayingSo(int marker)
    {
        var (stream, descriptor) = Valid("baseline");
        var sof = JpegTestStreams.MarkerOffsets(stream, m => m == 0xC0 || m == 0xC1)[0];
        stream[sof + 1] = (byte)marker;

        var exception = Assert.Throws<DicomException>(() => Decode(stream, descriptor));

        Assert.That(exception!.Message, Does.Contain("not supported"));
    }

    [Test]
    public void Decode_RestartMarkerReplacedByAnotherMarker_ThrowsDicomException()
    {
        var (stream, descriptor) = Valid("baseline", restartInterval: 2);
        var restart = JpegTestStreams.MarkerOffsets(stream, m => m is >= 0xD0 and <= 0xD7)[1];
        stream[restart + 1] = 0xC4;

        var exception = Assert.Throws<DicomException>(() => Decode(stream, descriptor));

        Assert.That(exception!.Offset, Is.EqualTo(restart));
    }

    [Test]
    public void Decode_NotAJpegStream_ThrowsDicomExceptionAtOffsetZero()
    {
        var (_, descriptor) = Valid("baseline");

        var exception = Assert.Throws<DicomException>(() => Decode([0x00, 0x00, 0x01, 0xB3], descriptor));

        Assert.That(exception!.Offset, Is.Zero);
    }

    [Test]
    public void Decode_MoreScansThanTheLimit_ThrowsDicomException()
    {
        // A lossless stream whose single scan is repeated: each repeat is a valid scan on its own.
        var (stream, descriptor) = Valid("lossless 16-bit");
        var dht = JpegTestStreams.MarkerOffsets(stream, m => m == 0xC4)[0];
        var scan = stream[dht..^2];
        var many = new List<byte>(stream[..dht]);
        for (var i = 0; i <= JpegStreamDecoder.MaxScans; i++)
        {
            many.AddRange(scan);
        }

        var exception = Assert.Throws<DicomException>(() => Decode([.. many], descriptor));

        Assert.That(exception!.Message, Does.Contain("scans"));
    }

    [Test]
    public void Decode_MoreTableDefinitionsThanTheLimit_ThrowsDicomException()
    {
        var (stream, descriptor) = Valid("lossless 16-bit");
        var dht = JpegTestStreams.MarkerOffsets(stream, m => m == 0xC4)[0];
        var length = (stream[dht + 2] << 8) | stream[dht + 3];
        var segment = stream[dht..(dht + 2 + length)];
        var many = new List<byte>(stream[..dht]);
        for (var i = 0; i <= JpegStreamDecoder.MaxTableDefinitions; i++)
        {
            many.AddRange(segment);
        }

        many.AddRange(stream[dht..]);
        var exception = Assert.Throws<DicomException>(() => Decode([.. many], descriptor));

        Assert.That(exception!.Message, Does.Contain("table definitions"));
    }

    [Test]
    public void Decode_DestinationTooSmall_ThrowsArgumentException()
    {
        var (stream, descriptor) = Valid("baseline");

        Assert.Throws<ArgumentException>(() => new JpegDecoder().Decode(stream, descriptor, 0, new byte[descriptor.DecodedLength - 1]));
    }

    private static (byte[] Stream, FrameDescriptor Descriptor) Valid(string kind, int restartInterval = 0) => kind switch
    {
        "baseline" => (JpegTestStreams.Baseline(restartInterval), JpegTestDecoding.Descriptor(JpegTestStreams.Colour, "YBR_FULL_422")),
        "extended 12-bit" => (JpegTestStreams.Extended12(restartInterval), JpegTestDecoding.Descriptor(JpegTestStreams.Grey12)),
        "progressive" => (JpegTestStreams.Progressive(restartInterval), JpegTestDecoding.Descriptor(JpegTestStreams.Colour, "YBR_FULL_422")),
        _ => (JpegTestStreams.Lossless16(restartInterval * 23), JpegTestDecoding.Descriptor(JpegTestStreams.Grey16)),
    };

    private static byte[] Decode(byte[] stream, FrameDescriptor descriptor)
    {
        var output = new byte[descriptor.DecodedLength];
        new JpegDecoder().Decode(stream, descriptor, 0, output);
        return output;
    }
}
