using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Native;

/// <summary>Layout conversions shared by the native and RLE decoders: swaps, bit unpacking, de-planing, chroma upsampling.</summary>
internal static class PixelLayout
{
    /// <summary>Reverses the byte order of each <paramref name="unit"/>-byte group (2, 4 or 8).</summary>
    public static void SwapBytes(ReadOnlySpan<byte> source, Span<byte> destination, int unit)
    {
        var whole = source.Length - (source.Length % unit);
        switch (unit)
        {
            case 2:
                BinaryPrimitives.ReverseEndianness(
                    MemoryMarshal.Cast<byte, ushort>(source[..whole]), MemoryMarshal.Cast<byte, ushort>(destination[..whole]));
                break;
            case 4:
                BinaryPrimitives.ReverseEndianness(
                    MemoryMarshal.Cast<byte, uint>(source[..whole]), MemoryMarshal.Cast<byte, uint>(destination[..whole]));
                break;
            case 8:
                BinaryPrimitives.ReverseEndianness(
                    MemoryMarshal.Cast<byte, ulong>(source[..whole]), MemoryMarshal.Cast<byte, ulong>(destination[..whole]));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(unit), unit, "Swap unit must be 2, 4 or 8 bytes.");
        }

        // A trailing partial unit (odd-length OW value) keeps its bytes where they are.
        source[whole..].CopyTo(destination[whole..]);
    }

    /// <summary>Unpacks bits, least significant first within each byte, to one byte (0 or 1) per pixel.</summary>
    public static void UnpackBits(ReadOnlySpan<byte> source, int leadingBits, Span<byte> destination)
    {
        var bit = leadingBits;
        var i = 0;

        // Byte-aligned fast path: eight pixels per source byte.
        if ((bit & 7) == 0)
        {
            var src = source[(bit >> 3)..];
            var whole = destination.Length >> 3;
            for (var b = 0; b < whole; b++)
            {
                int value = src[b];
                var d = destination.Slice(b << 3, 8);
                d[0] = (byte)(value & 1);
                d[1] = (byte)((value >> 1) & 1);
                d[2] = (byte)((value >> 2) & 1);
                d[3] = (byte)((value >> 3) & 1);
                d[4] = (byte)((value >> 4) & 1);
                d[5] = (byte)((value >> 5) & 1);
                d[6] = (byte)((value >> 6) & 1);
                d[7] = (byte)((value >> 7) & 1);
            }

            i = whole << 3;
            bit += i;
        }

        for (; i < destination.Length; i++, bit++)
        {
            destination[i] = (byte)((source[bit >> 3] >> (bit & 7)) & 1);
        }
    }

    /// <summary>Interleaves three planes (R...G...B...) into pixels (RGBRGB...), <paramref name="bytesPerSample"/> bytes each.</summary>
    public static void InterleavePlanes(ReadOnlySpan<byte> planar, Span<byte> interleaved, long pixelCount, int bytesPerSample)
    {
        var planeBytes = (int)(pixelCount * bytesPerSample);
        var p0 = planar[..planeBytes];
        var p1 = planar.Slice(planeBytes, planeBytes);
        var p2 = planar.Slice(2 * planeBytes, planeBytes);
        if (bytesPerSample == 1)
        {
            for (int i = 0, o = 0; i < planeBytes; i++, o += 3)
            {
                interleaved[o] = p0[i];
                interleaved[o + 1] = p1[i];
                interleaved[o + 2] = p2[i];
            }

            return;
        }

        var pixelStride = 3 * bytesPerSample;
        for (int i = 0, o = 0; i < planeBytes; i += bytesPerSample, o += pixelStride)
        {
            p0.Slice(i, bytesPerSample).CopyTo(interleaved.Slice(o, bytesPerSample));
            p1.Slice(i, bytesPerSample).CopyTo(interleaved.Slice(o + bytesPerSample, bytesPerSample));
            p2.Slice(i, bytesPerSample).CopyTo(interleaved.Slice(o + (2 * bytesPerSample), bytesPerSample));
        }
    }

    /// <summary>
    /// Expands 4:2:2 samples (Y1 Y2 Cb Cr per pixel pair) to full resolution (Y1 Cb Cr Y2 Cb Cr): each
    /// chroma pair is repeated for both pixels, as DCMTK and pydicom do.
    /// </summary>
    public static void Upsample422(ReadOnlySpan<byte> source, Span<byte> destination, long pixelCount, int bytesPerSample)
    {
        var pairs = (int)(pixelCount / 2);
        var b = bytesPerSample;
        for (var pair = 0; pair < pairs; pair++)
        {
            var s = source.Slice(pair * 4 * b, 4 * b);
            var d = destination.Slice(pair * 6 * b, 6 * b);
            s[..b].CopyTo(d[..b]);                           // Y1
            s.Slice(2 * b, 2 * b).CopyTo(d.Slice(b, 2 * b)); // Cb Cr
            s.Slice(b, b).CopyTo(d.Slice(3 * b, b));         // Y2
            s.Slice(2 * b, 2 * b).CopyTo(d.Slice(4 * b, 2 * b));
        }
    }
}
