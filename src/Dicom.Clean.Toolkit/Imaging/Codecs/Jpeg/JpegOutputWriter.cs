using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>
/// Writes the decoded planes to the toolkit's layout: components upsampled, optionally converted
/// from YCbCr to RGB, interleaved, one byte per sample or two little-endian bytes, signed samples
/// sign-extended from <c>bitsStored</c>.
/// </summary>
internal static class JpegOutputWriter
{
    // libjpeg's YCbCr to RGB constants (jdcolor.c): round(x * 2^16).
    private const int ScaleBits = 16;
    private const long Fix1402 = 91881;
    private const long Fix1772 = 116130;
    private const long Fix071414 = 46802;
    private const long Fix034414 = 22554;
    private const long OneHalf = 1L << (ScaleBits - 1);

    public static void Write(JpegFrame frame, bool convertYccToRgb, int bitsStored, bool signExtend, int bytesPerSample, Span<byte> destination)
    {
        var components = frame.Components;
        var count = components.Length;
        var scratchLength = JpegUpsampler.ScratchLength(frame);
        var upsamplers = new JpegUpsampler[count];
        var scratch = new ushort[count][];
        try
        {
            for (var i = 0; i < count; i++)
            {
                scratch[i] = ArrayPool<ushort>.Shared.Rent(scratchLength);
                upsamplers[i] = new JpegUpsampler(frame, components[i], scratch[i]);
            }

            // Colour conversion works at the sample size of the libjpeg build DCMTK picks for P.
            var libraryBits = frame.Precision <= 8 ? 8 : frame.Precision <= 12 ? 12 : 16;
            var width = frame.Width;
            var rowSamples = width * count;
            var words = bytesPerSample == 2 ? MemoryMarshal.Cast<byte, ushort>(destination) : default;
            var rows = new ushort[count][];
            var offsets = new int[count];
            for (var y = 0; y < frame.Height; y++)
            {
                for (var i = 0; i < count; i++)
                {
                    rows[i] = upsamplers[i].Row(y, out offsets[i]);
                }

                if (convertYccToRgb)
                {
                    ConvertYccToRgb(rows, offsets, width, libraryBits);
                }

                if (bytesPerSample == 1)
                {
                    Interleave(rows, offsets, width, destination.Slice(y * rowSamples, rowSamples), bitsStored, signExtend);
                }
                else
                {
                    Interleave(rows, offsets, width, words.Slice(y * rowSamples, rowSamples), bitsStored, signExtend);
                }
            }

            if (bytesPerSample == 2 && !BitConverter.IsLittleEndian)
            {
                var written = words[..(frame.Height * rowSamples)];
                BinaryPrimitives.ReverseEndianness(written, written);
            }
        }
        finally
        {
            foreach (var s in scratch)
            {
                if (s is not null)
                {
                    ArrayPool<ushort>.Shared.Return(s);
                }
            }
        }
    }

    /// <summary>
    /// Converts one row with libjpeg's integer YCbCr to RGB (ycc_rgb_convert); results clamp to the
    /// sample range. In place: a full-size component's row is its plane row, which nothing reads
    /// again once this output row is written; the others are upsampler scratch rows.
    /// </summary>
    private static void ConvertYccToRgb(ushort[][] rows, int[] offsets, int width, int bits)
    {
        var center = 1 << (bits - 1);
        var max = (1 << bits) - 1;
        var luma = rows[0].AsSpan(offsets[0], width);
        var blue = rows[1].AsSpan(offsets[1], width);
        var red = rows[2].AsSpan(offsets[2], width);
        for (var x = 0; x < width; x++)
        {
            int y = luma[x];
            long cb = blue[x] - center, cr = red[x] - center;
            var r = y + (int)(((Fix1402 * cr) + OneHalf) >> ScaleBits);
            var g = y + (int)(((-Fix034414 * cb) + OneHalf + (-Fix071414 * cr)) >> ScaleBits);
            var b = y + (int)(((Fix1772 * cb) + OneHalf) >> ScaleBits);
            luma[x] = (ushort)Math.Clamp(r, 0, max);
            blue[x] = (ushort)Math.Clamp(g, 0, max);
            red[x] = (ushort)Math.Clamp(b, 0, max);
        }
    }

    private static void Interleave(ushort[][] rows, int[] offsets, int width, Span<byte> output, int bitsStored, bool signExtend)
    {
        var count = rows.Length;
        var shift = 32 - bitsStored;
        for (var i = 0; i < count; i++)
        {
            var row = rows[i].AsSpan(offsets[i], width);
            var o = i;
            for (var x = 0; x < width; x++, o += count)
            {
                int value = row[x];
                output[o] = (byte)(signExtend ? (value << shift) >> shift : value);
            }
        }
    }

    private static void Interleave(ushort[][] rows, int[] offsets, int width, Span<ushort> output, int bitsStored, bool signExtend)
    {
        var count = rows.Length;
        var shift = 32 - bitsStored;
        if (count == 1 && !signExtend)
        {
            rows[0].AsSpan(offsets[0], width).CopyTo(output);
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var row = rows[i].AsSpan(offsets[i], width);
            var o = i;
            for (var x = 0; x < width; x++, o += count)
            {
                int value = row[x];
                output[o] = (ushort)(signExtend ? (value << shift) >> shift : value);
            }
        }
    }
}
