using Dicom.Clean.Toolkit.Imaging;
using Dicom.Clean.Toolkit.Imaging.Codecs;
using Dicom.Clean.Toolkit.Imaging.Native;
using Dicom.Clean.Toolkit.Tests.Imaging.Support;

namespace Dicom.Clean.Toolkit.Tests.Imaging;

public sealed class NativeFrameDecoderTests
{
    [Test]
    public void Decode_LittleEndian16Bit_IsAlreadyDecodedLayout()
    {
        var format = Format(rows: 2, columns: 2, bitsAllocated: 16);
        var value = PixelBuffers.UInt16([1, 2, 3, 0xABCD]);

        var range = NativeFrameDecoder.GetFrameRange(format, 0, value.Length);
        var decoded = Decode(value, format, 0);

        Assert.Multiple(() =>
        {
            Assert.That(NativeFrameDecoder.IsDecodedLayout(format, range), Is.True);
            Assert.That(decoded, Is.EqualTo(value));
        });
    }

    [Test]
    public void Decode_BigEndian16Bit_SwapsEachSample()
    {
        var format = Format(rows: 1, columns: 3, bitsAllocated: 16) with { IsBigEndian = true };

        var decoded = Decode(PixelBuffers.UInt16([0x0102, 0xFFFE, 0x1234], bigEndian: true), format, 0);

        Assert.That(decoded, Is.EqualTo(PixelBuffers.UInt16([0x0102, 0xFFFE, 0x1234])));
    }

    [Test]
    public void Decode_BigEndian32Bit_SwapsFourBytesPerSample()
    {
        var format = Format(rows: 1, columns: 2, bitsAllocated: 32) with { IsBigEndian = true };

        var decoded = Decode(PixelBuffers.UInt32([0x01020304, 0xA0B0C0D0], bigEndian: true), format, 0);

        Assert.That(decoded, Is.EqualTo(PixelBuffers.UInt32([0x01020304, 0xA0B0C0D0])));
    }

    [Test]
    public void Decode_BigEndian8BitInOtherWordWithOddLength_SwapsBytePairs()
    {
        // 3x3 RGB, 27 bytes, written by a big endian writer as OW: word-swapped and padded to 28.
        var samples = Enumerable.Range(1, 27).Select(i => (byte)(i * 9)).ToArray();
        var stored = WordSwap([.. samples, 0]);
        var format = Format(rows: 3, columns: 3, bitsAllocated: 8, samples: 3, photometric: PhotometricInterpretations.Rgb)
            with { IsBigEndian = true, IsOtherWord = true };

        Assert.That(Decode(stored, format, 0), Is.EqualTo(samples));
    }

    [Test]
    public void Decode_BigEndian8BitInOtherByte_KeepsBytes()
    {
        var stored = new byte[] { 1, 2, 3, 4 };
        var format = Format(rows: 2, columns: 2, bitsAllocated: 8) with { IsBigEndian = true, IsOtherWord = false };

        Assert.That(Decode(stored, format, 0), Is.EqualTo(stored));
    }

    [Test]
    public void Decode_BigEndian8BitOtherWordFrameStartingOnOddByte_AlignsSwapToWholeWords()
    {
        // Three 1x3 frames of 8-bit samples: frame 1 starts at byte 3, inside the second word.
        var samples = new byte[] { 10, 11, 12, 20, 21, 22, 30, 31, 32, 0 };
        var format = Format(rows: 1, columns: 3, bitsAllocated: 8) with { IsBigEndian = true, IsOtherWord = true };
        var stored = WordSwap(samples);

        var range = NativeFrameDecoder.GetFrameRange(format, 1, stored.Length);

        Assert.Multiple(() =>
        {
            Assert.That(range, Is.EqualTo(new NativeFrameRange(2, 4, 8)));
            Assert.That(Decode(stored, format, 1), Is.EqualTo(new byte[] { 20, 21, 22 }));
            Assert.That(Decode(stored, format, 2), Is.EqualTo(new byte[] { 30, 31, 32 }));
        });
    }

    [Test]
    public void Decode_PlanarRgb8Bit_InterleavesPlanes()
    {
        var format = Format(rows: 1, columns: 2, bitsAllocated: 8, samples: 3, photometric: PhotometricInterpretations.Rgb, planar: 1);

        var decoded = Decode([1, 2, 10, 20, 100, 200], format, 0);

        Assert.That(decoded, Is.EqualTo(new byte[] { 1, 10, 100, 2, 20, 200 }));
    }

    [Test]
    public void Decode_PlanarRgb16BitBigEndian_SwapsAndInterleaves()
    {
        var format = Format(rows: 1, columns: 2, bitsAllocated: 16, samples: 3, photometric: PhotometricInterpretations.Rgb, planar: 1)
            with { IsBigEndian = true };

        var decoded = Decode(PixelBuffers.UInt16([1, 2, 300, 400, 5000, 6000], bigEndian: true), format, 0);

        Assert.That(decoded, Is.EqualTo(PixelBuffers.UInt16([1, 300, 5000, 2, 400, 6000])));
    }

    [Test]
    public void Decode_SecondPlanarFrame_StartsAfterTheFirstFramesThreePlanes()
    {
        var format = Format(rows: 1, columns: 1, bitsAllocated: 8, samples: 3, photometric: PhotometricInterpretations.Rgb, planar: 1);

        Assert.That(Decode([1, 2, 3, 4, 5, 6], format, 1), Is.EqualTo(new byte[] { 4, 5, 6 }));
    }

    [Test]
    public void Decode_OneBitFrameNotOnByteBoundary_UnpacksFromItsFirstBit()
    {
        // 3x3 1-bit frames: frame 1 starts at bit 9. Bits are least significant first.
        var format = Format(rows: 3, columns: 3, bitsAllocated: 1, bitsStored: 1);
        var frame1 = new byte[] { 1, 0, 1, 1, 0, 0, 1, 1, 1 };
        var bits = new bool[27];
        for (var i = 0; i < 9; i++)
        {
            bits[9 + i] = frame1[i] == 1;
        }

        var value = Pack(bits);
        var range = NativeFrameDecoder.GetFrameRange(format, 1, value.Length);

        Assert.Multiple(() =>
        {
            Assert.That(range.LeadingBits, Is.EqualTo(1));
            Assert.That(Decode(value, format, 1), Is.EqualTo(frame1));
            Assert.That(Decode(value, format, 0), Is.EqualTo(new byte[9]));
        });
    }

    [Test]
    public void Decode_OneBitBigEndianOtherWord_MatchesLittleEndianTwin()
    {
        var bits = Enumerable.Range(0, 32).Select(i => TestPattern.At(i) % 3 == 0).ToArray();
        var littleEndian = Pack(bits);
        var format = Format(rows: 4, columns: 8, bitsAllocated: 1, bitsStored: 1);

        var expected = Decode(littleEndian, format, 0);
        var actual = Decode(WordSwap(littleEndian), format with { IsBigEndian = true, IsOtherWord = true }, 0);

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Decode_YbrFull422_RepeatsEachChromaPairForBothPixels()
    {
        var format = Format(rows: 1, columns: 4, bitsAllocated: 8, samples: 3, photometric: PhotometricInterpretations.YbrFull422);

        var decoded = Decode([10, 11, 100, 200, 20, 21, 101, 201], format, 0);

        Assert.That(decoded, Is.EqualTo(new byte[] { 10, 100, 200, 11, 100, 200, 20, 101, 201, 21, 101, 201 }));
    }

    [Test]
    public void GetFrameRange_ValueShorterThanDeclared_ThrowsNamingTheFrame()
    {
        var format = Format(rows: 4, columns: 4, bitsAllocated: 16);

        var error = Assert.Throws<DicomException>(() => NativeFrameDecoder.GetFrameRange(format, 2, (2 * 32) + 31));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Frame, Is.EqualTo(2));
            Assert.That(error.Message, Does.Contain("shorter than declared").And.Contain("frame 3"));
        });
    }

    [Test]
    public void Decode_FewerBytesThanTheRange_Throws()
    {
        var format = Format(rows: 2, columns: 2, bitsAllocated: 16);
        var range = NativeFrameDecoder.GetFrameRange(format, 0, 8);

        Assert.Throws<DicomException>(() => NativeFrameDecoder.Decode(new byte[6], format, range, 0, new byte[8]));
    }

    [Test]
    public void GetFrameRange_FrameBeyondTwoGigabytes_UsesSixtyFourBitOffsets()
    {
        var format = Format(rows: 4096, columns: 4096, bitsAllocated: 16);

        var range = NativeFrameDecoder.GetFrameRange(format, 100, 101L * 4096 * 4096 * 2);

        Assert.That(range.Offset, Is.EqualTo(100L * 4096 * 4096 * 2));
    }

    private static NativePixelFormat Format(
        int rows, int columns, int bitsAllocated, int samples = 1, string photometric = PhotometricInterpretations.Monochrome2,
        int planar = 0, int? bitsStored = null) =>
        new(new FrameDescriptor(rows, columns, samples, bitsAllocated, bitsStored ?? bitsAllocated, false, photometric, planar));

    private static byte[] Decode(byte[] value, NativePixelFormat format, int frame)
    {
        var decoded = new byte[format.Frame.DecodedLength];
        NativeFrameDecoder.Decode(value, format, frame, decoded);
        return decoded;
    }

    private static byte[] WordSwap(byte[] bytes)
    {
        var swapped = (byte[])bytes.Clone();
        for (var i = 0; i + 1 < swapped.Length; i += 2)
        {
            (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
        }

        return swapped;
    }

    private static byte[] Pack(bool[] bits)
    {
        var bytes = new byte[((bits.Length + 15) / 16) * 2];
        for (var i = 0; i < bits.Length; i++)
        {
            if (bits[i])
            {
                bytes[i >> 3] |= (byte)(1 << (i & 7));
            }
        }

        return bytes;
    }
}
