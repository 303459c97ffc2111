using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

[TestFixture]
public sealed class JpegBitReaderTests
{
    [Test]
    public void ReadBits_StuffedZeroAfterFF_IsRemoved()
    {
        byte[] data = [0xFF, 0x00, 0x12];
        var reader = new JpegBitReader(data, 0, 0);

        Assert.That(reader.ReadBits(16), Is.EqualTo(0xFF12));
        Assert.That(reader.IsOverrun, Is.False);
    }

    [Test]
    public void ReadBits_PastAMarker_SuppliesZerosAndReportsOverrun()
    {
        byte[] data = [0xAB, 0xFF, 0xD9];
        var reader = new JpegBitReader(data, 0, 0);

        Assert.That(reader.ReadBits(8), Is.EqualTo(0xAB));
        Assert.That(reader.IsOverrun, Is.False);
        Assert.That(reader.ReadBits(4), Is.Zero);
        Assert.That(reader.IsOverrun, Is.True);
        Assert.That(reader.Position, Is.EqualTo(1), "the marker is left for the marker parser");
    }

    [TestCase(1, 1, 1)]
    [TestCase(1, 0, -1)]
    [TestCase(3, 0b100, 4)]
    [TestCase(3, 0b011, -4)]
    [TestCase(11, 0, -2047)]
    public void ReceiveExtend_ValueBits_AreSignExtendedPerT81(int size, int bits, int expected)
    {
        var value = bits << (16 - size);
        byte[] data = [(byte)(value >> 8), (byte)value, 0, 0];
        var reader = new JpegBitReader(data, 0, 0);

        Assert.That(reader.ReceiveExtend(size), Is.EqualTo(expected));
    }

    [Test]
    public void ProcessRestart_SkipsLeftoverBitsAndFillBytes_AndContinuesAfterTheMarker()
    {
        byte[] data = [0xC0, 0xFF, 0xFF, 0xD3, 0x5A];
        var reader = new JpegBitReader(data, 0, 0);
        reader.ReadBits(2);

        reader.ProcessRestart();

        Assert.That(reader.ReadBits(8), Is.EqualTo(0x5A));
    }

    [Test]
    public void ProcessRestart_AnotherMarkerWhereRstIsExpected_ThrowsDicomException()
    {
        byte[] data = [0x00, 0xFF, 0xD9];

        var exception = Assert.Throws<DicomException>(() =>
        {
            var reader = new JpegBitReader(data, 0, 2);
            reader.ReadBits(8);
            reader.ProcessRestart();
        });

        Assert.That(exception!.Offset, Is.EqualTo(1));
        Assert.That(exception.Frame, Is.EqualTo(2));
    }

    [Test]
    public void ProcessRestart_AfterConsumingPaddingBits_ThrowsTruncation()
    {
        byte[] data = [0x00, 0xFF, 0xD0];

        Assert.Throws<DicomException>(() =>
        {
            var reader = new JpegBitReader(data, 0, 0);
            reader.ReadBits(12);
            reader.ProcessRestart();
        });
    }
}
