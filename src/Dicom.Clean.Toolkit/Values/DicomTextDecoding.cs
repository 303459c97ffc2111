using System.Text;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Values;

/// <summary>Decodes and trims text values per VR (PS3.5 6.2): which padding and spaces are insignificant.</summary>
internal static class DicomTextDecoding
{
    /// <summary>Decodes a whole text value (all values, backslashes kept) without its trailing padding.</summary>
    public static string Decode(DicomElement element, DicomCharacterSet? characterSet) => Decode(element, characterSet, null);

    /// <summary>
    /// Decodes a whole text value; when <paramref name="warnings"/> is given, bytes the character set
    /// cannot decode faithfully add warnings with the element's offset and tag (nothing is allocated
    /// when there is nothing to report).
    /// </summary>
    public static string Decode(DicomElement element, DicomCharacterSet? characterSet, ICollection<DicomReadWarning>? warnings)
    {
        var bytes = element.RawValue.Span;
        bytes = TrimTrailingPadding(bytes);
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        var vr = element.VR;
        if (vr.IsCharacterSetDependent)
        {
            characterSet ??= DicomCharacterSet.Default;
            if (warnings is null)
            {
                return characterSet.Decode(bytes, vr == DicomVR.PN);
            }

            var text = characterSet.Decode(bytes, vr == DicomVR.PN, out var report);
            if (!report.IsClean)
            {
                foreach (var message in characterSet.Describe(report, bytes))
                {
                    warnings.Add(new DicomReadWarning(element.Offset, element.Tag, message));
                }
            }

            return text;
        }

        // Default repertoire VRs (CS, UI, DA, DS, IS...): ASCII in valid data; Latin-1 loses no byte otherwise.
        return Encoding.Latin1.GetString(bytes);
    }

    /// <summary>Trims one value (after splitting) per VR.</summary>
    public static ReadOnlySpan<char> TrimValue(ReadOnlySpan<char> value, DicomVR vr)
    {
        value = value.TrimEnd(" \0");
        return LeadingSpacesInsignificant(vr) ? value.TrimStart(' ') : value;
    }

    /// <summary>Splits a decoded value on backslashes (for VRs that allow several values) and trims each.</summary>
    public static string[] Split(string text, DicomVR vr)
    {
        if (text.Length == 0)
        {
            return [];
        }

        if (!vr.AllowsMultipleValues)
        {
            return [TrimValue(text, vr).ToString()];
        }

        var count = text.AsSpan().Count('\\') + 1;
        var values = new string[count];
        var index = 0;
        foreach (var range in text.AsSpan().Split('\\'))
        {
            values[index++] = TrimValue(text.AsSpan()[range], vr).ToString();
        }

        return values;
    }

    /// <summary>Counts the values of a decoded text value.</summary>
    public static int CountValues(string text, DicomVR vr) =>
        text.Length == 0 ? 0 : vr.AllowsMultipleValues ? text.AsSpan().Count('\\') + 1 : 1;

    /// <summary>The value at <paramref name="index"/>, trimmed, without splitting the rest.</summary>
    public static bool TryGetValue(string text, DicomVR vr, int index, out ReadOnlySpan<char> value)
    {
        value = default;
        if (text.Length == 0 || index < 0)
        {
            return false;
        }

        if (!vr.AllowsMultipleValues)
        {
            value = index == 0 ? TrimValue(text, vr) : default;
            return index == 0;
        }

        var current = 0;
        foreach (var range in text.AsSpan().Split('\\'))
        {
            if (current++ == index)
            {
                value = TrimValue(text.AsSpan()[range], vr);
                return true;
            }
        }

        return false;
    }

    // Writers pad with a space (or NUL for UI, and NUL by mistake elsewhere): drop either at the end.
    private static ReadOnlySpan<byte> TrimTrailingPadding(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        while (end > 0 && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x00))
        {
            end--;
        }

        return bytes[..end];
    }

    // PS3.5 6.2: leading spaces are insignificant for these VRs; in texts (LT, ST, UT), UC and PN they are kept.
    private static bool LeadingSpacesInsignificant(DicomVR vr) =>
        vr == DicomVR.AE || vr == DicomVR.AS || vr == DicomVR.CS || vr == DicomVR.DA || vr == DicomVR.DS
        || vr == DicomVR.DT || vr == DicomVR.IS || vr == DicomVR.LO || vr == DicomVR.SH || vr == DicomVR.TM
        || vr == DicomVR.UI || vr == DicomVR.UR;
}
