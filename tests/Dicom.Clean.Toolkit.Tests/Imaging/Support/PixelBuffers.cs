using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Tests.Imaging.Support;

/// <summary>Builds decoded-layout pixel buffers for tests.</summary>
internal static class PixelBuffers
{
    public static byte[] UInt16(IReadOnlyList<int> values, bool bigEndian = false)
    {
        var bytes = new byte[values.Count * 2];
        for (var i = 0; i < values.Count; i++)
        {
            var span = bytes.AsSpan(2 * i, 2);
            if (bigEndian)
            {
                BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)values[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)values[i]);
            }
        }

        return bytes;
    }

    public static byte[] UInt32(IReadOnlyList<long> values, bool bigEndian = false)
    {
        var bytes = new byte[values.Count * 4];
        for (var i = 0; i < values.Count; i++)
        {
            var span = bytes.AsSpan(4 * i, 4);
            if (bigEndian)
            {
                BinaryPrimitives.WriteUInt32BigEndian(span, (uint)values[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(span, (uint)values[i]);
            }
        }

        return bytes;
    }

    /// <summary>Places each value's low <paramref name="bitsStored"/> bits at <paramref name="highBit"/>, optionally with noise above.</summary>
    public static int[] Stored(IReadOnlyList<int> values, int bitsStored, int highBit, int bitsAllocated = 16, int noiseSalt = -1)
    {
        var raw = new int[values.Count];
        var mask = (1 << bitsStored) - 1;
        for (var i = 0; i < values.Count; i++)
        {
            var r = (values[i] & mask) << (highBit - bitsStored + 1);
            if (noiseSalt >= 0 && highBit + 1 < bitsAllocated)
            {
                r |= (int)(TestPattern.At(i, noiseSalt) % (1u << (bitsAllocated - highBit - 1))) << (highBit + 1);
            }

            raw[i] = r;
        }

        return raw;
    }
}
