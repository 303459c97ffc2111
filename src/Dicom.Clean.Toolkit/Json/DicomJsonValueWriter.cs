using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Text;
using Dicom.Clean.Toolkit.Values;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// Writes the "Value" member of text, person name, number and AT elements (PS3.18 F.2.3 to F.2.5):
/// nothing for an empty value, <c>null</c> for an empty value among several, IS and DS as JSON numbers
/// when they are numbers, PN as objects of component groups, AT as <c>"ggggeeee"</c>.
/// </summary>
internal static partial class DicomJsonValueWriter
{
    // Integers beyond this lose precision as JSON numbers read into doubles: PS3.18 allows a string for SV and UV.
    private const long MaxSafeInteger = (1L << 53) - 1;

    public static void WriteValue(Utf8JsonWriter writer, DicomElement element, DicomCharacterSet characterSet)
    {
        switch (element.VR.Category)
        {
            case DicomVRCategory.String:
            case DicomVRCategory.Text:
            case DicomVRCategory.PersonName:
                WriteText(writer, element, characterSet);
                break;
            case DicomVRCategory.BinaryNumber:
                WriteNumbers(writer, element);
                break;
            case DicomVRCategory.AttributeTag:
                WriteTags(writer, element);
                break;
        }
    }

    /// <summary>Writes a tag as eight upper-case hexadecimal digits.</summary>
    public static void FormatTag(uint tag, Span<byte> destination)
    {
        for (var i = 7; i >= 0; i--)
        {
            destination[i] = (byte)"0123456789ABCDEF"[(int)(tag & 0xF)];
            tag >>= 4;
        }
    }

    private static void WriteNumbers(Utf8JsonWriter writer, DicomElement element)
    {
        var vr = element.VR;
        var bytes = element.RawValue.Span;
        var count = bytes.Length / vr.UnitSize;
        if (count == 0)
        {
            return;
        }

        writer.WritePropertyName("Value"u8);
        writer.WriteStartArray();
        var big = element.IsBigEndian;
        for (var i = 0; i < count; i++)
        {
            var s = bytes.Slice(i * vr.UnitSize, vr.UnitSize);
            if (vr == DicomVR.US)
            {
                writer.WriteNumberValue(big ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s));
            }
            else if (vr == DicomVR.SS)
            {
                writer.WriteNumberValue(big ? BinaryPrimitives.ReadInt16BigEndian(s) : BinaryPrimitives.ReadInt16LittleEndian(s));
            }
            else if (vr == DicomVR.UL)
            {
                writer.WriteNumberValue(big ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s));
            }
            else if (vr == DicomVR.SL)
            {
                writer.WriteNumberValue(big ? BinaryPrimitives.ReadInt32BigEndian(s) : BinaryPrimitives.ReadInt32LittleEndian(s));
            }
            else if (vr == DicomVR.FL)
            {
                WriteReal(writer, big ? BinaryPrimitives.ReadSingleBigEndian(s) : BinaryPrimitives.ReadSingleLittleEndian(s));
            }
            else if (vr == DicomVR.FD)
            {
                WriteReal(writer, big ? BinaryPrimitives.ReadDoubleBigEndian(s) : BinaryPrimitives.ReadDoubleLittleEndian(s));
            }
            else if (vr == DicomVR.UV)
            {
                var value = big ? BinaryPrimitives.ReadUInt64BigEndian(s) : BinaryPrimitives.ReadUInt64LittleEndian(s);
                if (value <= MaxSafeInteger)
                {
                    writer.WriteNumberValue(value);
                }
                else
                {
                    writer.WriteStringValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else
            {
                var value = big ? BinaryPrimitives.ReadInt64BigEndian(s) : BinaryPrimitives.ReadInt64LittleEndian(s);
                if (value is >= -MaxSafeInteger and <= MaxSafeInteger)
                {
                    writer.WriteNumberValue(value);
                }
                else
                {
                    writer.WriteStringValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        writer.WriteEndArray();
    }

    // JSON has no NaN or infinities: they are written as the strings JavaScript and .NET print for them.
    private static void WriteReal(Utf8JsonWriter writer, float value)
    {
        if (float.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            WriteNonFinite(writer, value);
        }
    }

    private static void WriteReal(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            WriteNonFinite(writer, value);
        }
    }

    private static void WriteNonFinite(Utf8JsonWriter writer, double value) =>
        writer.WriteStringValue(double.IsNaN(value) ? "NaN"u8 : value > 0 ? "Infinity"u8 : "-Infinity"u8);

    private static void WriteTags(Utf8JsonWriter writer, DicomElement element)
    {
        var bytes = element.RawValue.Span;
        var count = bytes.Length / 4;
        if (count == 0)
        {
            return;
        }

        writer.WritePropertyName("Value"u8);
        writer.WriteStartArray();
        Span<byte> text = stackalloc byte[8];
        for (var i = 0; i < count; i++)
        {
            var s = bytes.Slice(i * 4, 4);
            var group = element.IsBigEndian ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s);
            var number = element.IsBigEndian ? BinaryPrimitives.ReadUInt16BigEndian(s[2..]) : BinaryPrimitives.ReadUInt16LittleEndian(s[2..]);
            FormatTag(((uint)group << 16) | number, text);
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }
}
