using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// Encodes the "Value" array of one attribute as a Value Field in explicit VR little endian: text joined
/// by backslashes and encoded with the data set's character set, person name groups joined by '=',
/// numbers in binary, tags as two 16-bit numbers; padded to even length.
/// </summary>
internal static class DicomJsonValueEncoder
{
    public static byte[] Encode(DicomTag tag, DicomVR vr, JsonElement values, DicomCharacterSet characterSet, string path)
    {
        byte[] bytes;
        switch (vr.Category)
        {
            case DicomVRCategory.String:
            case DicomVRCategory.Text:
            case DicomVRCategory.PersonName:
                var text = Text(tag, vr, values, path);
                bytes = vr.IsCharacterSetDependent
                    ? characterSet.TryEncode(text, vr == DicomVR.PN, out var encoded) ? encoded : throw Error(tag, path, $"a value cannot be encoded with Specific Character Set '{characterSet}'")
                    : text.All(c => c <= 0xFF) ? Encoding.Latin1.GetBytes(text) : throw Error(tag, path, $"a {vr.Code} value holds characters outside the default repertoire");
                break;
            case DicomVRCategory.BinaryNumber:
            case DicomVRCategory.AttributeTag:
                bytes = new byte[values.GetArrayLength() * vr.UnitSize];
                var index = 0;
                foreach (var value in values.EnumerateArray())
                {
                    var target = bytes.AsSpan(index++ * vr.UnitSize, vr.UnitSize);
                    if (!(vr == DicomVR.AT ? TryWriteTag(value, target) : TryWriteNumber(value, vr, target)))
                    {
                        throw Error(tag, path, $"{value.GetRawText()} is not a {vr.Code} value");
                    }
                }

                break;
            default:
                throw Error(tag, path, $"a {vr.Code} value must be InlineBinary or BulkDataURI, not \"Value\"");
        }

        return (bytes.Length & 1) == 0 ? bytes : [.. bytes, vr.PaddingByte];
    }

    /// <summary>The strings of an attribute's "Value" (null values as empty strings); empty without one.</summary>
    public static IReadOnlyList<string> Strings(JsonElement attribute) =>
        attribute.ValueKind == JsonValueKind.Object && attribute.TryGetProperty("Value", out var values) && values.ValueKind == JsonValueKind.Array
            ? [.. values.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty)]
            : [];

    /// <summary>True when character-set-dependent text of the data set, or of items that inherit its character set, is not ASCII.</summary>
    public static bool HasNonAsciiText(JsonElement dataset)
    {
        foreach (var member in dataset.EnumerateObject())
        {
            var attribute = member.Value;
            if (attribute.ValueKind != JsonValueKind.Object || !attribute.TryGetProperty("Value", out var values) || values.ValueKind != JsonValueKind.Array
                || !attribute.TryGetProperty("vr", out var name) || name.ValueKind != JsonValueKind.String || !DicomVR.TryParse(name.GetString(), out var vr))
            {
                continue;
            }

            foreach (var value in values.EnumerateArray())
            {
                var found = vr == DicomVR.SQ
                    ? value.ValueKind == JsonValueKind.Object && !value.TryGetProperty("00080005", out _) && HasNonAsciiText(value)
                    : vr.IsCharacterSetDependent && !IsAscii(value);
                if (found)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Text(DicomTag tag, DicomVR vr, JsonElement values, string path)
    {
        if (!vr.AllowsMultipleValues && values.GetArrayLength() > 1)
        {
            throw Error(tag, path, $"a {vr.Code} attribute holds one value, not {values.GetArrayLength()}");
        }

        var text = new StringBuilder();
        foreach (var value in values.EnumerateArray())
        {
            text.Append(Single(tag, vr, value, path)).Append('\\');
        }

        return text.Length == 0 ? string.Empty : text.ToString(0, text.Length - 1);
    }

    private static string Single(DicomTag tag, DicomVR vr, JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number when vr == DicomVR.IS || vr == DicomVR.DS => value.GetRawText(),
        JsonValueKind.Object when vr == DicomVR.PN => PersonName(value),
        _ => throw Error(tag, path, $"{value.GetRawText()} is not a {vr.Code} value"),
    };

    // PS3.18 F.2.2: the groups of one name, joined by '=' without trailing empty groups.
    private static string PersonName(JsonElement name)
    {
        string Group(string key) => name.TryGetProperty(key, out var group) && group.ValueKind == JsonValueKind.String ? group.GetString()! : string.Empty;
        return $"{Group("Alphabetic")}={Group("Ideographic")}={Group("Phonetic")}".TrimEnd('=');
    }

    private static bool TryWriteNumber(JsonElement value, DicomVR vr, Span<byte> target)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return TryParseNumber(value.GetString()!, vr, target);
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (vr == DicomVR.US && value.TryGetUInt16(out var us))
        {
            BinaryPrimitives.WriteUInt16LittleEndian(target, us);
        }
        else if (vr == DicomVR.SS && value.TryGetInt16(out var ss))
        {
            BinaryPrimitives.WriteInt16LittleEndian(target, ss);
        }
        else if (vr == DicomVR.UL && value.TryGetUInt32(out var ul))
        {
            BinaryPrimitives.WriteUInt32LittleEndian(target, ul);
        }
        else if (vr == DicomVR.SL && value.TryGetInt32(out var sl))
        {
            BinaryPrimitives.WriteInt32LittleEndian(target, sl);
        }
        else if (vr == DicomVR.UV && value.TryGetUInt64(out var uv))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(target, uv);
        }
        else if (vr == DicomVR.SV && value.TryGetInt64(out var sv))
        {
            BinaryPrimitives.WriteInt64LittleEndian(target, sv);
        }
        else if (vr == DicomVR.FL && value.TryGetSingle(out var fl))
        {
            BinaryPrimitives.WriteSingleLittleEndian(target, fl);
        }
        else if (vr == DicomVR.FD && value.TryGetDouble(out var fd))
        {
            BinaryPrimitives.WriteDoubleLittleEndian(target, fd);
        }
        else
        {
            return false;
        }

        return true;
    }

    // Strings stand for numbers JSON cannot hold: 64-bit integers beyond 2^53, NaN and the infinities.
    private static bool TryParseNumber(string text, DicomVR vr, Span<byte> target)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (vr == DicomVR.FL || vr == DicomVR.FD)
        {
            if (!double.TryParse(text, NumberStyles.Float, invariant, out var real))
            {
                return false;
            }

            if (vr == DicomVR.FL)
            {
                BinaryPrimitives.WriteSingleLittleEndian(target, (float)real);
            }
            else
            {
                BinaryPrimitives.WriteDoubleLittleEndian(target, real);
            }

            return true;
        }

        if (!Int128.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var integer))
        {
            return false;
        }

        var (min, max) = vr.Code switch
        {
            "US" => ((Int128)ushort.MinValue, (Int128)ushort.MaxValue),
            "SS" => (short.MinValue, short.MaxValue),
            "UL" => (uint.MinValue, uint.MaxValue),
            "SL" => (int.MinValue, int.MaxValue),
            "UV" => (ulong.MinValue, ulong.MaxValue),
            _ => (long.MinValue, long.MaxValue),
        };
        if (integer < min || integer > max)
        {
            return false;
        }

        // Two's complement little endian: the low bytes of the 128-bit value, whatever the width.
        Span<byte> wide = stackalloc byte[16];
        BinaryPrimitives.WriteInt128LittleEndian(wide, integer);
        wide[..target.Length].CopyTo(target);
        return true;
    }

    private static bool TryWriteTag(JsonElement value, Span<byte> target)
    {
        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: 8 } text
            || !uint.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var tag))
        {
            return false;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(target, (ushort)(tag >> 16));
        BinaryPrimitives.WriteUInt16LittleEndian(target[2..], (ushort)tag);
        return true;
    }

    private static bool IsAscii(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Ascii.IsValid(value.GetString()!),
        JsonValueKind.Object => value.EnumerateObject().All(group => group.Value.ValueKind != JsonValueKind.String || Ascii.IsValid(group.Value.GetString()!)),
        _ => true,
    };

    private static DicomException Error(DicomTag tag, string path, string reason) => new($"Attribute {path}: {reason}", tag: tag);
}
