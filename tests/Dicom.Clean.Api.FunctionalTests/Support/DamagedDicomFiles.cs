using System.Buffers.Binary;
using System.IO.Compression;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>Damaged and hostile files, each built from a sound one or from scratch.</summary>
internal static class DamagedDicomFiles
{
    public const string DeflatedExplicitLittleEndian = "1.2.840.10008.1.2.1.99";
    public const string JpegBaseline = "1.2.840.10008.1.2.4.50";

    /// <summary>Offset of the pixel data element's 4-byte length in <see cref="TestDicomFiles.Build"/>'s output.</summary>
    public static int PixelDataLengthOffset(byte[] file)
    {
        // Tag (7FE0,0010) little endian, then "OW", two reserved bytes, then the length.
        ReadOnlySpan<byte> tag = [0xE0, 0x7F, 0x10, 0x00, (byte)'O', (byte)'W'];
        return file.AsSpan().LastIndexOf(tag) + 8;
    }

    /// <summary>The sound file with the pixel data length set past the end of the file.</summary>
    public static byte[] LengthBeyondTheFile(byte[] sound)
    {
        var file = (byte[])sound.Clone();
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(PixelDataLengthOffset(file)), 0x7FFF_FFF0);
        return file;
    }

    /// <summary>The sound file with the top bit of the pixel data length's last byte flipped.</summary>
    public static byte[] BitFlippedLength(byte[] sound)
    {
        var file = (byte[])sound.Clone();
        file[PixelDataLengthOffset(file) + 3] ^= 0x80;
        return file;
    }

    /// <summary>
    /// A deflated-syntax file whose data set inflates to <paramref name="inflatedGiB"/> GiB of zeros
    /// from a few megabytes: one deflated MiB of zeros, ended by a sync flush so it stands alone,
    /// repeated, then an empty final block.
    /// </summary>
    public static byte[] DeflateBomb(int inflatedGiB)
    {
        using var segmentBytes = new MemoryStream();
        using (var deflate = new DeflateStream(segmentBytes, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(new byte[1024 * 1024]);
            deflate.Flush();
            var segment = segmentBytes.ToArray();
            var builder = DicomByteBuilder.Part10(DeflatedExplicitLittleEndian);
            for (var i = 0; i < inflatedGiB * 1024; i++)
            {
                builder.Raw(segment);
            }

            // BFINAL=1, fixed Huffman, end of block: an empty last block.
            return builder.Raw(0x03, 0x00).ToArray();
        }
    }

    /// <summary>A sound header with JPEG baseline pixel data whose one fragment is not JPEG.</summary>
    public static byte[] SoundHeaderDamagedPixels(string sopInstanceUid) =>
        DicomByteBuilder.Part10(JpegBaseline)
            .Text(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7")
            .Text(0x0008, 0x0018, "UI", sopInstanceUid)
            .Text(0x0008, 0x0060, "CS", "OT")
            .Text(0x0010, 0x0020, "LO", "P1")
            .UInt16(0x0028, 0x0002, 1)
            .Text(0x0028, 0x0004, "CS", "MONOCHROME2")
            .UInt16(0x0028, 0x0010, 8)
            .UInt16(0x0028, 0x0011, 8)
            .UInt16(0x0028, 0x0100, 8)
            .UInt16(0x0028, 0x0101, 8)
            .UInt16(0x0028, 0x0102, 7)
            .UInt16(0x0028, 0x0103, 0)
            .Encapsulated([], [0xFF, 0xD8, 0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC, 0xDE, 0xF0])
            .ToArray();
}
