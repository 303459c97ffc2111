using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000;

[TestFixture]
public sealed class PacketHeaderReaderTests
{
    [Test]
    public void ReadBits_AfterFF_SkipsTheStuffedBit()
    {
        // 0xFF, then 0x55 whose MSB is the stuffed zero (7 data bits 1010101), then 0xC0.
        byte[] data = [0xFF, 0x55, 0xC0];
        var reader = new PacketHeaderReader(data, 0);

        var first = reader.ReadBits(8);
        var second = reader.ReadBits(7);
        var third = reader.ReadBits(2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(0xFF));
            Assert.That(second, Is.EqualTo(0x55));
            Assert.That(third, Is.EqualTo(0b11));
            Assert.That(reader.Overrun, Is.False);
        }
    }

    [Test]
    public void AlignToByte_HeaderEndingOnFF_ConsumesTheStuffingByte()
    {
        byte[] data = [0xFF, 0x00, 0xAB];
        var reader = new PacketHeaderReader(data, 0);
        reader.ReadBits(3);

        reader.AlignToByte();

        Assert.That(reader.Position, Is.EqualTo(2));
    }

    [Test]
    public void AlignToByte_AfterOrdinaryByte_StopsAtTheNextByte()
    {
        byte[] data = [0x80, 0xFF, 0x00];
        var reader = new PacketHeaderReader(data, 0);
        reader.ReadBit();

        reader.AlignToByte();

        Assert.That(reader.Position, Is.EqualTo(1));
    }

    [Test]
    public void ReadBit_PastTheEnd_ReadsZerosAndFlagsOverrun()
    {
        var reader = new PacketHeaderReader([0xFF], 0);
        reader.ReadBits(8);

        var bits = reader.ReadBits(5);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(bits, Is.Zero);
            Assert.That(reader.Overrun, Is.True);
        }
    }

    [Test]
    public void SkipMarker_WhenPresent_StepsOverIt()
    {
        byte[] data = [0xFF, 0x92, 0x12];
        var reader = new PacketHeaderReader(data, 0);

        var sop = reader.SkipMarker(CodestreamMarker.Sop, 6);
        var eph = reader.SkipMarker(CodestreamMarker.Eph, 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sop, Is.False);
            Assert.That(eph, Is.True);
            Assert.That(reader.Position, Is.EqualTo(2));
        }
    }
}
