using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Finds the codestream in a JP2 file (T.800 Annex I): walks the top-level boxes to the
/// contiguous codestream box. A bare codestream (starting with SOC) is returned as is.
/// </summary>
internal static class Jp2Container
{
    private const uint ContiguousCodestream = 0x6A703263; // 'jp2c'

    /// <summary>Returns the codestream inside <paramref name="data"/> and its offset there.</summary>
    public static ReadOnlySpan<byte> FindCodestream(ReadOnlySpan<byte> data, out int offset)
    {
        offset = 0;
        if (data.Length >= 2 && data[0] == 0xFF && data[1] == 0x4F)
        {
            return data;
        }

        var position = 0L;
        while (position + 8 <= data.Length)
        {
            long length = BinaryPrimitives.ReadUInt32BigEndian(data[(int)position..]);
            var type = BinaryPrimitives.ReadUInt32BigEndian(data[((int)position + 4)..]);
            var header = 8L;
            if (length == 1)
            {
                if (position + 16 > data.Length)
                {
                    break;
                }

                var extended = BinaryPrimitives.ReadUInt64BigEndian(data[((int)position + 8)..]);
                length = extended > (ulong)data.Length ? data.Length + 1L : (long)extended;
                header = 16;
            }
            else if (length == 0)
            {
                length = data.Length - position;
            }

            if (length < header)
            {
                break;
            }

            if (type == ContiguousCodestream)
            {
                var end = Math.Min(position + length, data.Length);
                offset = (int)(position + header);
                return data[offset..(int)end];
            }

            position += length;
        }

        throw new DicomException("Neither a JPEG 2000 codestream nor a JP2 file with a codestream box", 0);
    }
}
