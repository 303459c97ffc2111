using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>Bit stuffing, markers, truncation and limited-length Golomb codes (T.87 A.1, A.5.3).</summary>
[TestFixture]
public class JpegLsBitReaderTests
{
    [Test]
    public void ReadGolomb_UnaryPrefixThenKBits_GivesValue()
    {
        // 0001 101 then padding: prefix 3, suffix 5 with k = 3 -> 3 * 8 + 5 = 29.
        var reader = new JpegLsBitReader([0b0001_1010, 0b1000_0000, 0xFF, 0xD9], 0, 0);

        Assert.That(reader.ReadGolomb(3, 32, 8), Is.EqualTo(29));
    }

    [Test]
    public void ReadGolomb_KZero_GivesPrefixLength()
    {
        var reader = new JpegLsBitReader([0b0000_0100, 0b1000_0000], 0, 0);

        Assert.That(reader.ReadGolomb(0, 32, 8), Is.EqualTo(5));
        Assert.That(reader.ReadGolomb(0, 32, 8), Is.EqualTo(2));
    }

    [Test]
    public void ReadGolomb_EscapeAfterLimitMinusQbppMinusOneZeros_ReadsQbppBitsPlusOne()
    {
        // LIMIT 32, qbpp 8: 23 zeros, a 1, then 8 bits holding MErrval - 1 = 0xA5.
        var bits = new string('0', 23) + "1" + "10100101";
        var reader = new JpegLsBitReader(Pack(bits), 0, 0);

        Assert.That(reader.ReadGolomb(2, 32, 8), Is.EqualTo(0xA5 + 1));
    }

    [Test]
    public void ReadGolomb_PrefixLongerThanLimitAllows_ThrowsDicomException()
    {
        var bytes = Pack(new string('0', 40) + "1");

        var error = Assert.Throws<DicomException>(() => new JpegLsBitReader(bytes, 0, 3).ReadGolomb(2, 32, 8));

        Assert.That(error!.Reason, Does.Contain("LIMIT"));
        Assert.That(error.Frame, Is.EqualTo(3));
    }

    [Test]
    public void ReadBits_AfterFFByte_SkipsTheStuffedZeroBit()
    {
        // 0xFF, then 0x55 whose high bit is stuffing: the data bits are 11111111 1010101.
        var reader = new JpegLsBitReader([0xFF, 0x55, 0x00], 0, 0);

        Assert.That(reader.ReadBits(8), Is.EqualTo(0xFF));
        Assert.That(reader.ReadBits(7), Is.EqualTo(0x55));
        Assert.That(reader.ReadBits(8), Is.EqualTo(0));
    }

    [Test]
    public void ReadBits_LongStreamWithStuffing_MatchesBitByBitReading()
    {
        var random = new JpegLsTestImages.XorShift(99);
        var bits = string.Concat(Enumerable.Range(0, 4000).Select(_ => random.Next(5) == 0 ? "0" : "1"));
        var reader = new JpegLsBitReader(Pack(bits), 0, 0);

        var read = new System.Text.StringBuilder();
        for (var i = 0; i < bits.Length;)
        {
            var count = Math.Min(1 + (i % 13), bits.Length - i);
            read.Append(Convert.ToString(reader.ReadBits(count), 2).PadLeft(count, '0'));
            i += count;
        }

        Assert.That(read.ToString(), Is.EqualTo(bits));
    }

    [Test]
    public void FindMarker_AfterLastCode_ReturnsMarkerOffset()
    {
        var reader = new JpegLsBitReader([0b1010_0000, 0x00, 0xFF, 0xD9], 0, 0);
        reader.ReadBits(3);

        Assert.That(reader.FindMarker(), Is.EqualTo(2));
    }

    [Test]
    public void ReadBits_PastAMarker_ThrowsTruncationWithOffset()
    {
        var bytes = new byte[] { 0x12, 0x34, 0xFF, 0xD9 };

        var error = Assert.Throws<DicomException>(() =>
        {
            var reader = new JpegLsBitReader(bytes, 0, 1);
            for (var i = 0; i < 20; i++)
            {
                reader.ReadBits(16);
            }
        });

        Assert.That(error!.Offset, Is.EqualTo(2));
        Assert.That(error.Frame, Is.EqualTo(1));
    }

    [Test]
    public void FindMarker_WhenCodesConsumedPaddingBits_ThrowsDicomException()
    {
        var bytes = new byte[] { 0x12 };

        Assert.Throws<DicomException>(() =>
        {
            var reader = new JpegLsBitReader(bytes, 0, 0);
            reader.ReadBits(12);
            reader.FindMarker();
        });
    }

    /// <summary>Packs a bit string MSB first, stuffing a 0 bit after each 0xFF as an encoder would.</summary>
    internal static byte[] Pack(string bits)
    {
        var output = new List<byte>();
        var writer = new JpegLsTestBitWriter(output);
        foreach (var bit in bits)
        {
            writer.WriteBit(bit - '0');
        }

        writer.Flush();
        return [.. output];
    }
}
