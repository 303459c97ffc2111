namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>
/// Bit writers of the HT block coder (T.814), for the test encoder: forward LSB-first with a stuffed
/// bit after 0xFF (MagSgn, SigProp), forward MSB-first with the same stuffing (MEL), and
/// backward LSB-first where a byte following one above 0x8F carries seven bits when those are all
/// ones (VLC, MagRef).
/// </summary>
internal static class HtBitWriters
{
    /// <summary>Packs bits LSB first; after 0xFF the next byte holds seven bits.</summary>
    public static byte[] ForwardLsbFirst(List<int> bits)
    {
        var bytes = new List<byte>();
        var at = 0;
        while (at < bits.Count)
        {
            var capacity = bytes.Count > 0 && bytes[^1] == 0xFF ? 7 : 8;
            var value = 0;
            for (var i = 0; i < capacity && at < bits.Count; i++, at++)
            {
                value |= bits[at] << i;
            }

            bytes.Add((byte)value);
        }

        return [.. bytes];
    }

    /// <summary>Packs bits MSB first; after 0xFF the next byte's MSB is a stuffed zero.</summary>
    public static byte[] ForwardMsbFirst(List<int> bits)
    {
        var bytes = new List<byte>();
        var at = 0;
        while (at < bits.Count)
        {
            var capacity = bytes.Count > 0 && bytes[^1] == 0xFF ? 7 : 8;
            var value = 0;
            for (var i = capacity - 1; i >= 0; i--)
            {
                value |= (at < bits.Count ? bits[at++] : 1) << i;
            }

            bytes.Add((byte)value);
        }

        return [.. bytes];
    }

    /// <summary>
    /// Packs bits LSB first into bytes meant to be laid out backward (first byte last).
    /// <paramref name="previousAbove8F"/> is the state before the first byte.
    /// </summary>
    public static List<byte> Backward(List<int> bits, int start, bool previousAbove8F)
    {
        var bytes = new List<byte>();
        var at = start;
        var above = previousAbove8F;
        while (at < bits.Count)
        {
            var value = 0;
            var count = 0;
            for (; count < 7 && at < bits.Count; count++, at++)
            {
                value |= bits[at] << count;
            }

            if (!(above && count == 7 && value == 0x7F) && at < bits.Count)
            {
                value |= bits[at++] << 7;
            }

            bytes.Add((byte)value);
            above = value > 0x8F;
        }

        return bytes;
    }
}
