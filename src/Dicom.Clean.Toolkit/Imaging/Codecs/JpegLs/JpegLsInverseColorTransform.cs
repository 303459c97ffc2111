using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

/// <summary>
/// Undoes an HP colour transform over three decoded components, in place, modulo 2^P (as CharLS
/// defines the transforms for 8 and 16 bits).
/// </summary>
internal static class JpegLsInverseColorTransform
{
    /// <summary>Applies the inverse of <paramref name="transform"/> to components 0, 1 and 2.</summary>
    public static void Apply(JpegLsColorTransform transform, in JpegLsSampleWriter output, int columns, int rows, int precision)
    {
        if (transform == JpegLsColorTransform.None)
        {
            return;
        }

        var layouts = output.Layouts;
        Span<int> samples = stackalloc int[3];
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < columns; x++)
            {
                for (var c = 0; c < 3; c++)
                {
                    samples[c] = Read(output, Index(layouts[c], x, y));
                }

                Invert(transform, samples, precision);
                for (var c = 0; c < 3; c++)
                {
                    Write(output, Index(layouts[c], x, y), samples[c]);
                }
            }
        }
    }

    /// <summary>Inverts one pixel: on entry the transformed values v1, v2, v3; on exit R, G, B.</summary>
    internal static void Invert(JpegLsColorTransform transform, Span<int> pixel, int precision)
    {
        var mask = (1 << precision) - 1;
        var half = 1 << (precision - 1);
        int v1 = pixel[0], v2 = pixel[1], v3 = pixel[2];
        switch (transform)
        {
            case JpegLsColorTransform.Hp1:
                pixel[0] = (v1 + v2 - half) & mask;
                pixel[2] = (v3 + v2 - half) & mask;
                break;
            case JpegLsColorTransform.Hp2:
                var red = (v1 + v2 - half) & mask;
                pixel[0] = red;
                pixel[2] = (v3 + ((red + v2) >> 1) - half) & mask;
                break;
            case JpegLsColorTransform.Hp3:
                var green = (v1 - ((v3 + v2) >> 2) + (half >> 1)) & mask;
                pixel[0] = (v3 + green - half) & mask;
                pixel[1] = green;
                pixel[2] = (v2 + green - half) & mask;
                break;
            default:
                break;
        }
    }

    private static int Index(JpegLsComponentLayout layout, int x, int y) => layout.Offset + (y * layout.RowStride) + (x * layout.PixelStride);

    private static int Read(in JpegLsSampleWriter output, int index)
    {
        if (output.BytesPerSample == 1)
        {
            return output.Destination[index];
        }

        var value = MemoryMarshal.Cast<byte, ushort>(output.Destination)[index];
        return BitConverter.IsLittleEndian ? value : BinaryPrimitives.ReverseEndianness(value);
    }

    private static void Write(in JpegLsSampleWriter output, int index, int value)
    {
        if (output.BytesPerSample == 1)
        {
            output.Destination[index] = (byte)value;
            return;
        }

        var word = (ushort)value;
        MemoryMarshal.Cast<byte, ushort>(output.Destination)[index] = BitConverter.IsLittleEndian ? word : BinaryPrimitives.ReverseEndianness(word);
    }
}
