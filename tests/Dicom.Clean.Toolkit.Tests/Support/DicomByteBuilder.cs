using System.Buffers.Binary;
using System.Text;

namespace Dicom.Clean.Toolkit.Tests.Support;

/// <summary>
/// Writes DICOM bytes by hand, element by element, in any encoding, including wrong ones: for reader
/// tests that need damaged or unusual input the toolkit's writer (strict) would refuse to produce.
/// </summary>
internal sealed class DicomByteBuilder
{
    public const uint Undefined = 0xFFFFFFFF;

    private readonly MemoryStream _bytes = new();
    private readonly bool _explicitVR;
    private readonly bool _bigEndian;

    public DicomByteBuilder(bool explicitVR = true, bool bigEndian = false)
    {
        _explicitVR = explicitVR;
        _bigEndian = bigEndian;
    }

    public long Length => _bytes.Length;

    /// <summary>A Part 10 header: 128-byte preamble, DICM, explicit VR little endian meta with group length.</summary>
    public static DicomByteBuilder Part10(string transferSyntaxUid, bool explicitVR = true, bool bigEndian = false, bool groupLength = true)
    {
        var meta = new DicomByteBuilder()
            .Bytes(0x0002, 0x0001, "OB", [0, 1])
            .Text(0x0002, 0x0002, "UI", "1.2.840.10008.5.1.4.1.1.7")
            .Text(0x0002, 0x0003, "UI", "1.2.3.4.5")
            .Text(0x0002, 0x0010, "UI", transferSyntaxUid)
            .Text(0x0002, 0x0012, "UI", "1.2.3.4.6");
        var builder = new DicomByteBuilder(explicitVR, bigEndian);
        builder._bytes.Write(new byte[128]);
        builder._bytes.Write("DICM"u8);
        var metaBytes = meta.ToArray();
        if (groupLength)
        {
            builder._bytes.Write(new DicomByteBuilder().UInt32(0x0002, 0x0000, (uint)metaBytes.Length).ToArray());
        }

        builder._bytes.Write(metaBytes);
        return builder;
    }

    public DicomByteBuilder Text(ushort group, ushort element, string vr, string value, bool pad = true)
    {
        var bytes = Encoding.Latin1.GetBytes(value);
        if (pad && (bytes.Length & 1) == 1)
        {
            bytes = [.. bytes, vr == "UI" ? (byte)0 : (byte)' '];
        }

        return Bytes(group, element, vr, bytes);
    }

    public DicomByteBuilder UInt16(ushort group, ushort element, params ushort[] values)
    {
        var bytes = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            Write16(bytes.AsSpan(i * 2), values[i]);
        }

        return Bytes(group, element, "US", bytes);
    }

    public DicomByteBuilder UInt32(ushort group, ushort element, params uint[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            Write32(bytes.AsSpan(i * 4), values[i]);
        }

        return Bytes(group, element, "UL", bytes);
    }

    /// <summary>An element with the given value bytes, written as they are (swap them yourself for big endian).</summary>
    public DicomByteBuilder Bytes(ushort group, ushort element, string vr, byte[] value) =>
        Header(group, element, vr, (uint)value.Length).Raw(value);

    /// <summary>Just a header: for undefined lengths, lying lengths, or values written separately.</summary>
    public DicomByteBuilder Header(ushort group, ushort element, string vr, uint length)
    {
        Tag(group, element);
        if (!_explicitVR)
        {
            return Raw32(length);
        }

        _bytes.Write(Encoding.ASCII.GetBytes(vr));
        if (vr is "OB" or "OD" or "OF" or "OL" or "OV" or "OW" or "SQ" or "SV" or "UC" or "UN" or "UR" or "UT" or "UV")
        {
            _bytes.Write(new byte[2]);
            return Raw32(length);
        }

        var buffer = new byte[2];
        Write16(buffer, (ushort)length);
        return Raw(buffer);
    }

    /// <summary>A sequence with items given as their encoded content.</summary>
    public DicomByteBuilder Sequence(ushort group, ushort element, bool undefinedLength, params byte[][] items) =>
        Sequence(group, element, "SQ", undefinedLength, items);

    public DicomByteBuilder Sequence(ushort group, ushort element, string vr, bool undefinedLength, params byte[][] items)
    {
        var content = new DicomByteBuilder(_explicitVR, _bigEndian);
        foreach (var item in items)
        {
            content.Item(item, undefinedLength);
        }

        if (undefinedLength)
        {
            content.Tag(0xFFFE, 0xE0DD).Raw32(0);
        }

        var bytes = content.ToArray();
        return Header(group, element, vr, undefinedLength ? Undefined : (uint)bytes.Length).Raw(bytes);
    }

    public DicomByteBuilder Item(byte[] content, bool undefinedLength)
    {
        Tag(0xFFFE, 0xE000).Raw32(undefinedLength ? Undefined : (uint)content.Length).Raw(content);
        return undefinedLength ? Tag(0xFFFE, 0xE00D).Raw32(0) : this;
    }

    /// <summary>Encapsulated pixel data: basic offset table, then fragments, then the sequence delimiter.</summary>
    public DicomByteBuilder Encapsulated(byte[] basicOffsetTable, params byte[][] fragments)
    {
        Header(0x7FE0, 0x0010, "OB", Undefined);
        Tag(0xFFFE, 0xE000).Raw32((uint)basicOffsetTable.Length).Raw(basicOffsetTable);
        foreach (var fragment in fragments)
        {
            Tag(0xFFFE, 0xE000).Raw32((uint)fragment.Length).Raw(fragment);
        }

        return Tag(0xFFFE, 0xE0DD).Raw32(0);
    }

    public DicomByteBuilder Tag(ushort group, ushort element)
    {
        var buffer = new byte[4];
        Write16(buffer, group);
        Write16(buffer.AsSpan(2), element);
        return Raw(buffer);
    }

    public DicomByteBuilder Raw32(uint value)
    {
        var buffer = new byte[4];
        Write32(buffer, value);
        return Raw(buffer);
    }

    public DicomByteBuilder Raw(params byte[] bytes)
    {
        _bytes.Write(bytes);
        return this;
    }

    public byte[] ToArray() => _bytes.ToArray();

    private void Write16(Span<byte> target, ushort value)
    {
        if (_bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(target, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(target, value);
        }
    }

    private void Write32(Span<byte> target, uint value)
    {
        if (_bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(target, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(target, value);
        }
    }
}
