using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Text;
using Dicom.Clean.Toolkit.Values;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>Text values: split on backslashes, trimmed per VR as the value getters do, written without copies when ASCII.</summary>
internal static partial class DicomJsonValueWriter
{
    // Longer strings go out in segments: Utf8JsonWriter refuses single tokens beyond ~166 M characters.
    private const int LongStringThreshold = 1 << 20;
    private const int SegmentLength = 1 << 16;

    private static void WriteText(Utf8JsonWriter writer, DicomElement element, DicomCharacterSet characterSet)
    {
        var vr = element.VR;
        var raw = element.RawValue.Span;
        if (raw.TrimEnd(" \0"u8).IsEmpty)
        {
            return;
        }

        // ASCII bytes that mean ASCII are already UTF-8: write the bytes themselves, no string.
        if ((!vr.IsCharacterSetDependent || IsAsciiTransparent(characterSet)) && Ascii.IsValid(raw))
        {
            WriteValues(writer, raw.TrimEnd(" \0"u8), vr);
        }
        else
        {
            WriteValues<char>(writer, DicomTextDecoding.Decode(element, characterSet), vr);
        }
    }

    // ASCII bytes read as ASCII in every set but those with code extensions (ISO 2022 escapes switch to
    // other sets) and JIS X 0201 (ISO_IR 13, where 7E is an overline): those go through the decoder.
    private static bool IsAsciiTransparent(DicomCharacterSet characterSet)
    {
        if (characterSet.HasCodeExtensions)
        {
            return false;
        }

        var terms = characterSet.Terms;
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i].AsSpan().Trim() is "ISO_IR 13")
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteValues<T>(Utf8JsonWriter writer, ReadOnlySpan<T> text, DicomVR vr)
        where T : unmanaged, IEquatable<T>
    {
        writer.WritePropertyName("Value"u8);
        writer.WriteStartArray();
        if (!vr.AllowsMultipleValues)
        {
            WriteString(writer, Trim(text, vr));
        }
        else
        {
            var backslash = Char<T>('\\');
            foreach (var range in text.Split(backslash))
            {
                var value = Trim(text[range], vr);
                if (value.IsEmpty)
                {
                    writer.WriteNullValue();
                }
                else if (vr == DicomVR.PN)
                {
                    WritePersonName(writer, value);
                }
                else if (vr == DicomVR.IS || vr == DicomVR.DS)
                {
                    WriteNumberString(writer, value, vr == DicomVR.IS);
                }
                else
                {
                    WriteString(writer, value);
                }
            }
        }

        writer.WriteEndArray();
    }

    // PS3.18 F.2.2: one member per non-empty component group; a value without any is empty (null).
    private static void WritePersonName<T>(Utf8JsonWriter writer, ReadOnlySpan<T> value)
        where T : unmanaged, IEquatable<T>
    {
        var equals = Char<T>('=');
        var first = value.IndexOf(equals);
        var alphabetic = first < 0 ? value : value[..first];
        var rest = first < 0 ? ReadOnlySpan<T>.Empty : value[(first + 1)..];
        var second = rest.IndexOf(equals);
        var ideographic = second < 0 ? rest : rest[..second];
        var phonetic = second < 0 ? ReadOnlySpan<T>.Empty : rest[(second + 1)..];
        if (alphabetic.IsEmpty && ideographic.IsEmpty && phonetic.IsEmpty)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        WriteGroup(writer, "Alphabetic"u8, alphabetic);
        WriteGroup(writer, "Ideographic"u8, ideographic);
        WriteGroup(writer, "Phonetic"u8, phonetic);
        writer.WriteEndObject();
    }

    private static void WriteGroup<T>(Utf8JsonWriter writer, ReadOnlySpan<byte> name, ReadOnlySpan<T> group)
        where T : unmanaged, IEquatable<T>
    {
        if (!group.IsEmpty)
        {
            writer.WritePropertyName(name);
            WriteString(writer, group);
        }
    }

    // PS3.18 F.2.3: IS and DS are JSON numbers; a value that is no number keeps its text (a string).
    private static void WriteNumberString<T>(Utf8JsonWriter writer, ReadOnlySpan<T> value, bool integer)
        where T : unmanaged, IEquatable<T>
    {
        Span<byte> ascii = value.Length <= 128 ? stackalloc byte[value.Length] : new byte[value.Length];
        Span<byte> number = value.Length <= 128 ? stackalloc byte[value.Length + 1] : new byte[value.Length + 1];
        bool isAscii;
        if (typeof(T) == typeof(byte))
        {
            MemoryMarshal.Cast<T, byte>(value).CopyTo(ascii);
            isAscii = true;
        }
        else
        {
            isAscii = Ascii.FromUtf16(MemoryMarshal.Cast<T, char>(value), ascii, out _) == System.Buffers.OperationStatus.Done;
        }

        if (isAscii && DicomJsonNumberText.TryNormalize(ascii, integer, number, out var written))
        {
            writer.WriteRawValue(number[..written], skipInputValidation: true);
        }
        else
        {
            WriteString(writer, value);
        }
    }

    private static void WriteString<T>(Utf8JsonWriter writer, ReadOnlySpan<T> value)
        where T : unmanaged, IEquatable<T>
    {
        if (typeof(T) == typeof(byte))
        {
            var bytes = MemoryMarshal.Cast<T, byte>(value);
            if (bytes.Length <= LongStringThreshold)
            {
                writer.WriteStringValue(bytes);
                return;
            }

            for (var i = 0; i < bytes.Length; i += SegmentLength)
            {
                writer.WriteStringValueSegment(bytes.Slice(i, Math.Min(SegmentLength, bytes.Length - i)), i + SegmentLength >= bytes.Length);
            }

            return;
        }

        var chars = MemoryMarshal.Cast<T, char>(value);
        if (chars.Length <= LongStringThreshold)
        {
            writer.WriteStringValue(chars);
            return;
        }

        for (var i = 0; i < chars.Length; i += SegmentLength)
        {
            writer.WriteStringValueSegment(chars.Slice(i, Math.Min(SegmentLength, chars.Length - i)), i + SegmentLength >= chars.Length);
        }
    }

    // The same trimming as the value getters (DicomTextDecoding.TrimValue), on bytes or characters.
    private static ReadOnlySpan<T> Trim<T>(ReadOnlySpan<T> value, DicomVR vr)
        where T : unmanaged, IEquatable<T>
    {
        var space = Char<T>(' ');
        var nul = Char<T>('\0');
        var end = value.Length;
        while (end > 0 && (value[end - 1].Equals(space) || value[end - 1].Equals(nul)))
        {
            end--;
        }

        value = value[..end];
        return LeadingSpacesInsignificant(vr) ? value.TrimStart(space) : value;
    }

    private static T Char<T>(char c)
        where T : unmanaged =>
        typeof(T) == typeof(byte) ? (T)(object)(byte)c : (T)(object)c;

    private static bool LeadingSpacesInsignificant(DicomVR vr) =>
        vr == DicomVR.AE || vr == DicomVR.AS || vr == DicomVR.CS || vr == DicomVR.DA || vr == DicomVR.DS
        || vr == DicomVR.DT || vr == DicomVR.IS || vr == DicomVR.LO || vr == DicomVR.SH || vr == DicomVR.TM
        || vr == DicomVR.UI || vr == DicomVR.UR;
}
