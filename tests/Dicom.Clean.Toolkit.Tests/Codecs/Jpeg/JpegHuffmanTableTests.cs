using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg;

[TestFixture]
public sealed class JpegHuffmanTableTests
{
    // Canonical codes (T.81 C.2): lengths 2, 3, 3, 12 give 00, 010, 011, 100000000000.
    private static readonly byte[] Counts = [0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0];
    private static readonly byte[] Symbols = [0x05, 0x21, 0x00, 0xA3];

    [Test]
    public void Decode_ShortAndLongCodes_ReturnsTheirSymbols()
    {
        // 00 | 010 | 011 | 1000 0000 0000, then padding ones: 0001 0011 1000 0000 0000 1111
        byte[] data = [0x13, 0x80, 0x0F];
        var table = JpegHuffmanTable.Create(Counts, Symbols)!;
        var reader = new JpegBitReader(data, 0, 0);

        int[] decoded = [table.Decode(ref reader), table.Decode(ref reader), table.Decode(ref reader), table.Decode(ref reader)];

        Assert.That(decoded, Is.EqualTo(new[] { 0x05, 0x21, 0x00, 0xA3 }));
        Assert.That(reader.IsOverrun, Is.False);
    }

    [Test]
    public void Decode_CodeNotInTable_ThrowsDicomExceptionWithOffset()
    {
        // 1111 1111 0000 0000 (stuffed) ... no code starts with 11.
        byte[] data = [0xFF, 0x00, 0xFF, 0x00];
        var table = JpegHuffmanTable.Create(Counts, Symbols)!;

        var exception = Assert.Throws<DicomException>(() =>
        {
            var reader = new JpegBitReader(data, 0, 3);
            table.Decode(ref reader);
        });

        Assert.That(exception!.Frame, Is.EqualTo(3));
        Assert.That(exception.Offset, Is.Not.Null);
    }

    [Test]
    public void Create_CodeLengthsUsingTheAllOnesCode_ReturnsNull()
    {
        // Two codes of length 1 would need code '1', which T.81 and libjpeg reserve.
        byte[] counts = [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

        Assert.That(JpegHuffmanTable.Create(counts, [1, 2]), Is.Null);
    }

    [Test]
    public void Create_MoreCodesThanTheLengthHolds_ReturnsNull()
    {
        byte[] counts = [0, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

        Assert.That(JpegHuffmanTable.Create(counts, [1, 2, 3, 4, 5, 6, 7, 8, 9]), Is.Null);
    }

    [Test]
    public void DecodeFastAc_EveryLookahead_AgreesWithSymbolThenExtraBits()
    {
        // AC symbols 0x01 (size 1), 0x12 (run 1, size 2), 0x00 (EOB), 0x35 (run 3, size 5).
        byte[] counts = [0, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        var table = JpegHuffmanTable.Create(counts, [0x01, 0x12, 0x00, 0x35])!;
        for (var prefix = 0; prefix < 512; prefix++)
        {
            byte[] data = [(byte)(prefix >> 1), (byte)((prefix & 1) << 7), 0x00, 0x00];
            var fastReader = new JpegBitReader(data, 0, 0);
            var fast = table.DecodeFastAc(ref fastReader);
            if (fast == 0)
            {
                continue;
            }

            var slowReader = new JpegBitReader(data, 0, 0);
            var symbol = table.Decode(ref slowReader);
            var value = slowReader.ReceiveExtend(symbol & 15);
            Assert.That((fast >> 16, (fast >> 8) & 15, fastReader.Position), Is.EqualTo((value, symbol >> 4, slowReader.Position)), $"prefix {prefix:B9}");
        }
    }
}
