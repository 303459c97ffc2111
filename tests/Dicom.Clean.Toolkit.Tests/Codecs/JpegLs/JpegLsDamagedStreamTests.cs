using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>Damaged, truncated and unsupported streams: one DicomException naming frame and offset.</summary>
[TestFixture]
public class JpegLsDamagedStreamTests
{
    private static readonly FrameDescriptor Gray8x8 = new(8, 8, 1, 8, 8, false, "MONOCHROME2", 0);

    [Test]
    public void Decode_TruncatedScanData_ThrowsWithFrameAndOffset()
    {
        var stream = Encode(64, 64, 1, new JpegLsTestOptions(8));
        var truncated = stream[..(stream.Length / 2)];
        var frame = new FrameDescriptor(64, 64, 1, 8, 8, false, "MONOCHROME2", 0);

        var error = Assert.Throws<DicomException>(() => new JpegLsDecoder().Decode(truncated, frame, 6, new byte[frame.DecodedLength]));

        Assert.That(error!.Frame, Is.EqualTo(6));
        Assert.That(error.Offset, Is.EqualTo(truncated.Length));
        Assert.That(error.Message, Does.Contain("frame 7").And.Contain($"byte offset {truncated.Length}"));
    }

    [Test]
    public void Decode_StreamEndingBeforeLaterScans_ReportsMissingComponent()
    {
        var stream = Encode(16, 16, 3, new JpegLsTestOptions(8, 0, 0));
        var secondScan = IndexOfMarker(stream, 0xDA, 2);
        byte[] cut = [.. stream[..secondScan], 0xFF, 0xD9];

        var error = Assert.Throws<DicomException>(() => JpegLsPlanarImage.Decode(cut));

        Assert.That(error!.Reason, Does.Contain("component 2"));
    }

    [Test]
    public void Decode_WrongRestartMarker_Throws()
    {
        var stream = Encode(16, 16, 1, new JpegLsTestOptions(8, 0, 0, 4));
        var rst = IndexOfMarker(stream, 0xD0, 1);
        stream[rst + 1] = 0xD3;

        var error = Assert.Throws<DicomException>(() => JpegLsPlanarImage.Decode(stream));

        Assert.That(error!.Reason, Does.Contain("RST0"));
        Assert.That(error.Offset, Is.EqualTo(rst));
    }

    [TestCase(new byte[0], "SOI")]
    [TestCase(new byte[] { 0x00, 0x01, 0x02, 0x03 }, "SOI")]
    [TestCase(new byte[] { 0xFF, 0xD8 }, "ends before its first scan")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xC0, 0, 11, 8, 0, 8, 0, 8, 1, 1, 0x11, 0 }, "SOF0")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 1, 0, 8, 0, 8, 1, 1, 0x11, 0 }, "precision 1")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 8, 0, 8, 0, 8, 1, 1, 0x51, 0 }, "sampling")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 40, 8, 0, 8, 0, 8, 1, 1, 0x11, 0 }, "length 40")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0, 0 }, "before the frame header")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 8, 0, 0, 0, 8, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0, 0 }, "DNL")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 8, 0, 8, 0, 8, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 2, 0, 0, 0, 0 }, "unknown or repeated component 2")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 8, 0, 8, 0, 8, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 5, 0, 0, 0 }, "mapping table 5")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 8, 0, 8, 0, 8, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0, 2 }, "point transform")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 8, 0, 8, 0, 8, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 3, 0 }, "interleave mode 3")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 8, 0, 8, 0, 8, 1, 1, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0, 200, 0, 0 }, "NEAR 200")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 8, 0, 8, 0, 8, 1, 1, 0x11, 0, 0xFF, 0xF8, 0, 3, 7 }, "LSE type 7")]
    [TestCase(new byte[] { 0xFF, 0xD8, 0xFF, 0xF7, 0, 11, 8, 0, 8, 0, 8, 1, 1, 0x11, 0, 0xFF, 0xE8, 0, 7, (byte)'m', (byte)'r', (byte)'f', (byte)'x', 5 }, "colour transform 5")]
    public void Decode_MalformedOrUnsupported_ThrowsDicomExceptionWithReason(byte[] stream, string reason)
    {
        var error = Assert.Throws<DicomException>(() => new JpegLsDecoder().Decode(stream, Gray8x8, 2, new byte[64]));

        Assert.That(error!.Reason, Does.Contain(reason));
        Assert.That(error.Frame, Is.EqualTo(2));
        Assert.That(error.Offset, Is.Not.Null);
    }

    [Test]
    public void Decode_MultiComponentScanWithoutInterleaving_ThrowsDicomException()
    {
        byte[] stream = [0xFF, 0xD8, 0xFF, 0xF7, 0, 14, 8, 0, 8, 0, 8, 2, 1, 0x11, 0, 2, 0x11, 0, 0xFF, 0xDA, 0, 10, 2, 1, 0, 2, 0, 0, 0, 0, 0xFF, 0xD9];

        var error = Assert.Throws<DicomException>(() => JpegLsPlanarImage.Decode(stream));

        Assert.That(error!.Reason, Does.Contain("interleave mode 0 is invalid for a scan of 2 components"));
        Assert.That(error.Offset, Is.EqualTo(18));
    }

    [TestCase(7, 8, 1, 8, "8x7")]
    [TestCase(8, 8, 3, 8, "3 samples")]
    [TestCase(8, 8, 1, 32, "Bits Allocated 32")]
    public void Decode_FrameNotMatchingDataSet_ThrowsDicomException(int rows, int columns, int samples, int bitsAllocated, string reason)
    {
        var stream = Encode(8, 8, 1, new JpegLsTestOptions(8));
        var frame = new FrameDescriptor(rows, columns, samples, bitsAllocated, 8, false, "MONOCHROME2", 0);

        var error = Assert.Throws<DicomException>(() => new JpegLsDecoder().Decode(stream, frame, 0, new byte[frame.DecodedLength]));

        Assert.That(error!.Reason, Does.Contain(reason));
    }

    [Test]
    public void Decode_DestinationTooSmall_ThrowsArgumentException()
    {
        var stream = Encode(8, 8, 1, new JpegLsTestOptions(8));

        Assert.Throws<ArgumentException>(() => new JpegLsDecoder().Decode(stream, Gray8x8, 0, new byte[63]));
    }

    [Test]
    public void Decode_PaddingBeforeEoiAndJunkAfter_DecodesLeniently()
    {
        var planes = JpegLsTestImages.Create(8, 8, 1, 255, 1);
        var (stream, expected) = JpegLsTestEncoder.Encode(planes, 8, 8, new JpegLsTestOptions(8));
        // Zero bytes between the scan and EOI (seen from some encoders), bytes after EOI, and an
        // unused mapping table and a comment before the scan.
        byte[] extras = [0xFF, 0xF8, 0, 7, 2, 1, 1, 10, 20, 0xFF, 0xFE, 0, 4, (byte)'h', (byte)'i'];
        var sos = IndexOfMarker(stream, 0xDA, 1);
        byte[] padded = [.. stream[..sos], .. extras, .. stream[sos..^2], 0, 0, 0xFF, 0xD9, 0x12, 0x34];

        var output = new byte[64];
        new JpegLsDecoder().Decode(padded, Gray8x8, 0, output);

        Assert.That(output, Is.EqualTo(expected[0].Select(v => (byte)v).ToArray()));
    }

    [Test]
    public void Decode_MissingEoiAfterCompleteScan_Decodes()
    {
        var planes = JpegLsTestImages.Create(8, 8, 1, 255, 1);
        var (stream, expected) = JpegLsTestEncoder.Encode(planes, 8, 8, new JpegLsTestOptions(8));

        var output = new byte[64];
        new JpegLsDecoder().Decode(stream.AsSpan(0, stream.Length - 2), Gray8x8, 0, output);

        Assert.That(output, Is.EqualTo(expected[0].Select(v => (byte)v).ToArray()));
    }

    [Test]
    public void DecodePlanes_ImageLargerThanLimit_ThrowsBeforeAllocating()
    {
        // 65535 x 65535 x 3 declared in a few bytes.
        byte[] stream = [0xFF, 0xD8, 0xFF, 0xF7, 0, 17, 8, 0xFF, 0xFF, 0xFF, 0xFF, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0, 0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0, 0];

        var error = Assert.Throws<DicomException>(() => JpegLsPlanarImage.Decode(stream));

        Assert.That(error!.Reason, Does.Contain("exceeds"));
    }

    private static byte[] Encode(int width, int height, int components, JpegLsTestOptions options)
    {
        var planes = JpegLsTestImages.Create(width, height, components, (1 << options.Precision) - 1, 7);
        return JpegLsTestEncoder.Encode(planes, width, height, options).Stream;
    }

    private static int IndexOfMarker(byte[] stream, byte code, int occurrence)
    {
        for (var i = 0; i + 1 < stream.Length; i++)
        {
            if (stream[i] == 0xFF && stream[i + 1] == code && --occurrence == 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException("marker not found");
    }
}
