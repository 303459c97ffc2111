using System.Buffers.Binary;
using System.Globalization;

namespace Dicom.Clean.Toolkit.Values;

/// <summary>Parses binary numbers, number strings (IS, DS) and dates and times (DA, TM, DT).</summary>
internal static class DicomValueParsing
{
    /// <summary>Reads binary value <paramref name="index"/> of a numeric VR as an integer (FL/FD only when integral).</summary>
    public static bool TryReadBinaryInteger(ReadOnlySpan<byte> bytes, DicomVR vr, bool bigEndian, int index, out Int128 value)
    {
        value = 0;
        var size = vr.UnitSize;
        if (size == 0 || index < 0 || (long)(index + 1) * size > bytes.Length)
        {
            return false;
        }

        var s = bytes.Slice(index * size, size);
        if (vr == DicomVR.US || vr == DicomVR.OW)
        {
            value = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s);
        }
        else if (vr == DicomVR.SS)
        {
            value = bigEndian ? BinaryPrimitives.ReadInt16BigEndian(s) : BinaryPrimitives.ReadInt16LittleEndian(s);
        }
        else if (vr == DicomVR.UL || vr == DicomVR.OL)
        {
            value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s);
        }
        else if (vr == DicomVR.SL)
        {
            value = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(s) : BinaryPrimitives.ReadInt32LittleEndian(s);
        }
        else if (vr == DicomVR.UV || vr == DicomVR.OV)
        {
            value = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(s) : BinaryPrimitives.ReadUInt64LittleEndian(s);
        }
        else if (vr == DicomVR.SV)
        {
            value = bigEndian ? BinaryPrimitives.ReadInt64BigEndian(s) : BinaryPrimitives.ReadInt64LittleEndian(s);
        }
        else if (vr == DicomVR.OB || vr == DicomVR.UN)
        {
            value = s[0];
        }
        // Floats only: for any other VR TryReadBinaryDouble calls back here, without end (a stack overflow).
        else if ((vr == DicomVR.FL || vr == DicomVR.FD || vr == DicomVR.OF || vr == DicomVR.OD)
            && TryReadBinaryDouble(bytes, vr, bigEndian, index, out var real) && double.IsInteger(real) && Math.Abs(real) < 1e30)
        {
            value = (Int128)real;
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Reads binary value <paramref name="index"/> of a numeric VR as a double.</summary>
    public static bool TryReadBinaryDouble(ReadOnlySpan<byte> bytes, DicomVR vr, bool bigEndian, int index, out double value)
    {
        value = 0;
        var size = vr.UnitSize;
        if (size == 0 || index < 0 || (long)(index + 1) * size > bytes.Length)
        {
            return false;
        }

        var s = bytes.Slice(index * size, size);
        if (vr == DicomVR.FL || vr == DicomVR.OF)
        {
            value = bigEndian ? BinaryPrimitives.ReadSingleBigEndian(s) : BinaryPrimitives.ReadSingleLittleEndian(s);
            return true;
        }

        if (vr == DicomVR.FD || vr == DicomVR.OD)
        {
            value = bigEndian ? BinaryPrimitives.ReadDoubleBigEndian(s) : BinaryPrimitives.ReadDoubleLittleEndian(s);
            return true;
        }

        if (TryReadBinaryInteger(bytes, vr, bigEndian, index, out var integer))
        {
            value = (double)integer;
            return true;
        }

        return false;
    }

    /// <summary>Parses an IS value (or a DS value that is integral).</summary>
    public static bool TryParseInteger(ReadOnlySpan<char> text, out Int128 value)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var integer))
        {
            value = integer;
            return true;
        }

        if (TryParseDecimal(text, out var real) && double.IsInteger(real) && Math.Abs(real) < 1e30)
        {
            value = (Int128)real;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Parses a DS (or IS) value.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses a DA value: <c>YYYYMMDD</c>, or the old <c>YYYY.MM.DD</c>.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly value)
    {
        value = default;
        if (text.Length == 10 && text[4] == '.' && text[7] == '.')
        {
            return TryDate(text[..4], text[5..7], text[8..10], out value);
        }

        return text.Length == 8 && TryDate(text[..4], text[4..6], text[6..8], out value);
    }

    /// <summary>Parses a TM value: <c>HH[MM[SS[.F{1-6}]]]</c>, or the old <c>HH:MM:SS</c>.</summary>
    public static bool TryParseTime(ReadOnlySpan<char> text, out TimeOnly value)
    {
        value = default;
        Span<char> compact = stackalloc char[16];
        var length = 0;
        foreach (var c in text)
        {
            if (c == ':')
            {
                continue;
            }

            if (length == compact.Length)
            {
                return false;
            }

            compact[length++] = c;
        }

        return TryParseTimeDigits(compact[..length], out value);
    }

    /// <summary>Parses a DT value: <c>YYYY[MM[DD[HH[MM[SS[.F{1-6}]]]]]][&amp;ZZXX]</c>.</summary>
    public static bool TryParseDateTime(ReadOnlySpan<char> text, out DicomDateTime value)
    {
        value = default;
        TimeSpan? offset = null;
        var sign = text.IndexOfAny('+', '-');
        if (sign >= 4)
        {
            var zone = text[(sign + 1)..];
            if (zone.Length != 4 || !TryInt(zone[..2], out var zh) || !TryInt(zone[2..], out var zm) || zh > 14 || zm > 59)
            {
                return false;
            }

            var span = new TimeSpan(zh, zm, 0);
            offset = text[sign] == '-' ? -span : span;
            text = text[..sign];
        }

        if (text.Length < 4 || !TryInt(text[..4], out var year) || year < 1)
        {
            return false;
        }

        var month = 1;
        var day = 1;
        if (text.Length >= 6 && !TryInt(text[4..6], out month))
        {
            return false;
        }

        if (text.Length >= 8 && !TryInt(text[6..8], out day))
        {
            return false;
        }

        if (text.Length is 5 or 7 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var time = TimeOnly.MinValue;
        if (text.Length > 8 && !TryParseTimeDigits(text[8..], out time))
        {
            return false;
        }

        value = new DicomDateTime(new DateOnly(year, month, day).ToDateTime(time), offset);
        return true;
    }

    private static bool TryParseTimeDigits(ReadOnlySpan<char> text, out TimeOnly value)
    {
        value = default;
        var dot = text.IndexOf('.');
        var whole = dot >= 0 ? text[..dot] : text;
        if (whole.Length is not (2 or 4 or 6))
        {
            return false;
        }

        int minute = 0, second = 0;
        if (!TryInt(whole[..2], out var hour)
            || (whole.Length >= 4 && !TryInt(whole[2..4], out minute))
            || (whole.Length == 6 && !TryInt(whole[4..6], out second)))
        {
            return false;
        }

        long ticks = 0;
        if (dot >= 0)
        {
            var fraction = text[(dot + 1)..];
            if (whole.Length != 6 || fraction.Length is 0 or > 6 || !TryInt(fraction, out var digits))
            {
                return false;
            }

            ticks = digits * 10L * (long)Math.Pow(10, 6 - fraction.Length);
        }

        // 60 seconds: a leap second, allowed by DICOM; clamp rather than fail.
        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        value = new TimeOnly(hour, minute, Math.Min(second, 59)).Add(TimeSpan.FromTicks(ticks));
        return true;
    }

    private static bool TryDate(ReadOnlySpan<char> y, ReadOnlySpan<char> m, ReadOnlySpan<char> d, out DateOnly value)
    {
        value = default;
        if (!TryInt(y, out var year) || !TryInt(m, out var month) || !TryInt(d, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryInt(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
