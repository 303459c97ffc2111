using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// Encodes a DICOM JSON object as a Part 10 file in explicit VR little endian (minimal meta information,
/// sequences and items of undefined length), for the toolkit's reader to read back. Recursion follows
/// the JSON's nesting, which the JSON parser bounds.
/// </summary>
internal sealed class DicomJsonDatasetEncoder
{
    private const uint Undefined = 0xFFFFFFFF;
    private const string ExplicitVRLittleEndian = "1.2.840.10008.1.2.1";

    private static readonly DicomTag SpecificCharacterSet = new(0x0008, 0x0005);

    private readonly ArrayBufferWriter<byte> _output = new(4096);
    private readonly DicomJsonReaderOptions _options;

    private DicomJsonDatasetEncoder(DicomJsonReaderOptions options) => _options = options;

    public static byte[] Encode(JsonElement dataset, DicomJsonReaderOptions options)
    {
        if (dataset.ValueKind != JsonValueKind.Object)
        {
            throw new DicomException($"Expected a JSON object of attributes, found {dataset.ValueKind}");
        }

        return new DicomJsonDatasetEncoder(options).EncodeFile(dataset);
    }

    private byte[] EncodeFile(JsonElement dataset)
    {
        var meta = new DicomJsonDatasetEncoder(_options);
        meta.Element(new DicomTag(0x0002, 0x0001), DicomVR.OB, [0, 1]);
        meta.Element(new DicomTag(0x0002, 0x0010), DicomVR.UI, System.Text.Encoding.ASCII.GetBytes(ExplicitVRLittleEndian + "\0"));
        var metaBytes = meta._output.WrittenSpan.ToArray();

        _output.Write(new byte[128].AsSpan());
        _output.Write("DICM"u8);
        Element(new DicomTag(0x0002, 0x0000), DicomVR.UL, BitConverter.GetBytes((uint)metaBytes.Length));
        _output.Write(metaBytes);

        // JSON text is Unicode: without a declared character set, text beyond ASCII needs UTF-8 declared.
        var declareUtf8 = !dataset.TryGetProperty("00080005", out _) && DicomJsonValueEncoder.HasNonAsciiText(dataset);
        Dataset(dataset, DicomCharacterSet.Default, null, topLevel: true, declareUtf8);
        return _output.WrittenSpan.ToArray();
    }

    private void Dataset(JsonElement dataset, DicomCharacterSet inherited, string? path, bool topLevel, bool declareUtf8 = false)
    {
        var attributes = Attributes(dataset, path);
        var characterSet = inherited;
        var index = attributes.FindIndex(a => a.Tag == SpecificCharacterSet);
        if (index >= 0)
        {
            characterSet = DicomCharacterSet.FromTerms(DicomJsonValueEncoder.Strings(attributes[index].Json));
        }
        else if (declareUtf8)
        {
            characterSet = DicomCharacterSet.Utf8;
        }

        var utf8Pending = declareUtf8 && index < 0;
        foreach (var (tag, json) in attributes)
        {
            if (topLevel && tag.Group == 0x0002)
            {
                throw new DicomException("File meta information (group 0002) does not belong in a data set", tag: tag);
            }

            if (utf8Pending && tag > SpecificCharacterSet)
            {
                Element(SpecificCharacterSet, DicomVR.CS, "ISO_IR 192"u8.ToArray());
                utf8Pending = false;
            }

            Attribute(tag, json, characterSet, Join(path, tag));
        }

        if (utf8Pending)
        {
            Element(SpecificCharacterSet, DicomVR.CS, "ISO_IR 192"u8.ToArray());
        }
    }

    private void Attribute(DicomTag tag, JsonElement json, DicomCharacterSet characterSet, string path)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("vr", out var vrName) || vrName.ValueKind != JsonValueKind.String
            || !DicomVR.TryParse(vrName.GetString(), out var vr))
        {
            throw new DicomException($"Attribute {path} has no valid \"vr\"", tag: tag);
        }

        if (json.TryGetProperty("BulkDataURI", out var uri))
        {
            var resolver = _options.BulkDataResolver ?? throw new DicomException($"Attribute {path} has a BulkDataURI and no resolver was given", tag: tag);
            if (uri.ValueKind != JsonValueKind.String)
            {
                throw new DicomException($"Attribute {path}: BulkDataURI is not a string", tag: tag);
            }

            var bytes = resolver(new DicomJsonBulkDataRequest(tag, vr, uri.GetString()!, path));
            Value(tag, vr, bytes?.ToArray() ?? []);
            return;
        }

        if (json.TryGetProperty("InlineBinary", out var inline))
        {
            Value(tag, vr, Base64(inline, tag, path));
            return;
        }

        if (!json.TryGetProperty("Value", out var value))
        {
            Element(tag, vr, []);
            return;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new DicomException($"Attribute {path}: \"Value\" is not an array", tag: tag);
        }

        if (vr == DicomVR.SQ)
        {
            Sequence(tag, value, characterSet, path);
            return;
        }

        Element(tag, vr, DicomJsonValueEncoder.Encode(tag, vr, value, characterSet, path));
    }

    private void Sequence(DicomTag tag, JsonElement items, DicomCharacterSet characterSet, string path)
    {
        Header(tag, DicomVR.SQ, Undefined);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new DicomException($"Item {index} of {path} is not a JSON object", tag: tag);
            }

            Tag(0xFFFE, 0xE000);
            UInt32(Undefined);
            Dataset(item, characterSet, $"{path}/{index++}", topLevel: false);
            Tag(0xFFFE, 0xE00D);
            UInt32(0);
        }

        Tag(0xFFFE, 0xE0DD);
        UInt32(0);
    }

    // Encapsulated pixel data arrives as its encoded items (what the writer puts inline): keep it so.
    private void Value(DicomTag tag, DicomVR vr, byte[] bytes)
    {
        if (vr == DicomVR.OB && IsEncapsulated(bytes))
        {
            Header(tag, vr, Undefined);
            _output.Write(bytes);
            return;
        }

        Element(tag, vr, (bytes.Length & 1) == 0 ? bytes : [.. bytes, vr.PaddingByte]);
    }

    private void Element(DicomTag tag, DicomVR vr, byte[] value)
    {
        if (!vr.HasLongLength && value.Length > ushort.MaxValue)
        {
            throw new DicomException($"A {vr.Code} value of {value.Length} bytes does not fit explicit VR's 16-bit length", tag: tag);
        }

        Header(tag, vr, (uint)value.Length);
        _output.Write(value);
    }

    private void Header(DicomTag tag, DicomVR vr, uint length)
    {
        Tag(tag.Group, tag.Element);
        _output.Write([(byte)vr.Code[0], (byte)vr.Code[1]]);
        if (vr.HasLongLength)
        {
            _output.Write((ReadOnlySpan<byte>)[0, 0]);
            UInt32(length);
        }
        else
        {
            Span<byte> bytes = stackalloc byte[2];
            BinaryPrimitives.WriteUInt16LittleEndian(bytes, (ushort)length);
            _output.Write(bytes);
        }
    }

    private void Tag(ushort group, ushort element)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, group);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes[2..], element);
        _output.Write(bytes);
    }

    private void UInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        _output.Write(bytes);
    }

    private static bool IsEncapsulated(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 16 && bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF, 0x00, 0xE0]) && bytes.EndsWith((ReadOnlySpan<byte>)[0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0]);

    private static byte[] Base64(JsonElement value, DicomTag tag, string path)
    {
        try
        {
            return value.GetBytesFromBase64();
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            throw new DicomException($"Attribute {path}: InlineBinary is not base64", tag: tag, innerException: ex);
        }
    }

    // Members sorted by tag; a repeated member is refused (JSON objects should not repeat names).
    private static List<(DicomTag Tag, JsonElement Json)> Attributes(JsonElement dataset, string? path)
    {
        var attributes = new List<(DicomTag Tag, JsonElement Json)>();
        foreach (var member in dataset.EnumerateObject())
        {
            if (member.Name.Length != 8 || !uint.TryParse(member.Name, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                throw new DicomException($"'{member.Name}' in {path ?? "the data set"} is not an eight-digit hexadecimal tag");
            }

            attributes.Add((DicomTag.FromUInt32(value), member.Value));
        }

        attributes.Sort((a, b) => a.Tag.CompareTo(b.Tag));
        for (var i = 1; i < attributes.Count; i++)
        {
            if (attributes[i].Tag == attributes[i - 1].Tag)
            {
                throw new DicomException($"Attribute {Join(path, attributes[i].Tag)} appears twice", tag: attributes[i].Tag);
            }
        }

        return attributes;
    }

    private static string Join(string? path, DicomTag tag) =>
        path is null ? tag.Value.ToString("X8", CultureInfo.InvariantCulture) : $"{path}/{tag.Value:X8}";
}
