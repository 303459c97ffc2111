using System.Buffers.Binary;
using System.IO.Hashing;

namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>Writes one PNG chunk: big endian length, type, data, CRC-32 of type and data.</summary>
internal static class PngChunkWriter
{
    public static void Write(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        output.Write(word);
        output.Write(type);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, crc.GetCurrentHashAsUInt32());
        output.Write(word);
    }
}
