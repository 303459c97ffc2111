using System.Buffers.Binary;
using System.Globalization;
using Dicom.Clean.Toolkit.Text;
using Dicom.Clean.Toolkit.Values;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>Typed getters: values are decoded from the encoded bytes on every call, nothing is cached.</summary>
public sealed partial class DicomElement
{
    /// <summary>Value <paramref name="index"/> as a 16-bit unsigned integer (from any integer VR or IS).</summary>
    /// <exception cref="DicomException">Missing, not a number, or out of range.</exception>
    public ushort GetUInt16(int index = 0) => TryGetUInt16(index, out var v) ? v : throw NumberError(index, "UInt16");

    /// <summary>Value <paramref name="index"/> as a 16-bit signed integer.</summary>
    /// <exception cref="DicomException">Missing, not a number, or out of range.</exception>
    public short GetInt16(int index = 0) => TryGetInt16(index, out var v) ? v : throw NumberError(index, "Int16");

    /// <summary>Value <paramref name="index"/> as a 32-bit unsigned integer.</summary>
    /// <exception cref="DicomException">Missing, not a number, or out of range.</exception>
    public uint GetUInt32(int index = 0) => TryGetUInt32(index, out var v) ? v : throw NumberError(index, "UInt32");

    /// <summary>Value <paramref name="index"/> as a 32-bit signed integer (US, SS, UL, SL, IS, integral DS...).</summary>
    /// <exception cref="DicomException">Missing, not a number, or out of range.</exception>
    public int GetInt32(int index = 0) => TryGetInt32(index, out var v) ? v : throw NumberError(index, "Int32");

    /// <summary>Value <paramref name="index"/> as a 64-bit unsigned integer.</summary>
    /// <exception cref="DicomException">Missing, not a number, or out of range.</exception>
    public ulong GetUInt64(int index = 0) => TryGetUInt64(index, out var v) ? v : throw NumberError(index, "UInt64");

    /// <summary>Value <paramref name="index"/> as a 64-bit signed integer.</summary>
    /// <exception cref="DicomException">Missing, not a number, or out of range.</exception>
    public long GetInt64(int index = 0) => TryGetInt64(index, out var v) ? v : throw NumberError(index, "Int64");

    /// <summary>Value <paramref name="index"/> as a single-precision number.</summary>
    /// <exception cref="DicomException">Missing or not a number.</exception>
    public float GetSingle(int index = 0) => TryGetDouble(index, out var v) ? (float)v : throw NumberError(index, "Single");

    /// <summary>Value <paramref name="index"/> as a double (FL, FD, DS, IS and the integer VRs).</summary>
    /// <exception cref="DicomException">Missing or not a number.</exception>
    public double GetDouble(int index = 0) => TryGetDouble(index, out var v) ? v : throw NumberError(index, "Double");

    /// <summary>Tries <see cref="GetUInt16"/>.</summary>
    public bool TryGetUInt16(int index, out ushort value)
    {
        var ok = TryGetInteger(index, out var integer) && integer >= ushort.MinValue && integer <= ushort.MaxValue;
        value = ok ? (ushort)integer : default;
        return ok;
    }

    /// <summary>Tries <see cref="GetInt16"/>.</summary>
    public bool TryGetInt16(int index, out short value)
    {
        var ok = TryGetInteger(index, out var integer) && integer >= short.MinValue && integer <= short.MaxValue;
        value = ok ? (short)integer : default;
        return ok;
    }

    /// <summary>Tries <see cref="GetUInt32"/>.</summary>
    public bool TryGetUInt32(int index, out uint value)
    {
        var ok = TryGetInteger(index, out var integer) && integer >= uint.MinValue && integer <= uint.MaxValue;
        value = ok ? (uint)integer : default;
        return ok;
    }

    /// <summary>Tries <see cref="GetInt32"/>.</summary>
    public bool TryGetInt32(int index, out int value)
    {
        var ok = TryGetInteger(index, out var integer) && integer >= int.MinValue && integer <= int.MaxValue;
        value = ok ? (int)integer : default;
        return ok;
    }

    /// <summary>Tries <see cref="GetUInt64"/>.</summary>
    public bool TryGetUInt64(int index, out ulong value)
    {
        var ok = TryGetInteger(index, out var integer) && integer >= ulong.MinValue && integer <= ulong.MaxValue;
        value = ok ? (ulong)integer : default;
        return ok;
    }

    /// <summary>Tries <see cref="GetInt64"/>.</summary>
    public bool TryGetInt64(int index, out long value)
    {
        var ok = TryGetInteger(index, out var integer) && integer >= long.MinValue && integer <= long.MaxValue;
        value = ok ? (long)integer : default;
        return ok;
    }

    /// <summary>Tries <see cref="GetDouble"/>.</summary>
    public bool TryGetDouble(int index, out double value)
    {
        if (VR == DicomVR.IS || VR == DicomVR.DS)
        {
            value = 0;
            return DicomTextDecoding.TryGetValue(DicomTextDecoding.Decode(this, null), VR, index, out var text)
                && DicomValueParsing.TryParseDecimal(text, out value);
        }

        return DicomValueParsing.TryReadBinaryDouble(RawValue.Span, VR, IsBigEndian, index, out value);
    }

    /// <summary>Value <paramref name="index"/> of an AT element.</summary>
    /// <exception cref="DicomException">Not an AT element, or no such value.</exception>
    public DicomTag GetTag(int index = 0) => TryGetTag(index, out var tag) ? tag : throw ValueError($"No attribute tag value {index + 1}");

    /// <summary>Tries <see cref="GetTag"/>.</summary>
    public bool TryGetTag(int index, out DicomTag tag)
    {
        tag = default;
        var bytes = RawValue.Span;
        if (VR != DicomVR.AT || index < 0 || (long)(index + 1) * 4 > bytes.Length)
        {
            return false;
        }

        var s = bytes.Slice(index * 4, 4);
        tag = IsBigEndian
            ? new DicomTag(BinaryPrimitives.ReadUInt16BigEndian(s), BinaryPrimitives.ReadUInt16BigEndian(s[2..]))
            : new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(s), BinaryPrimitives.ReadUInt16LittleEndian(s[2..]));
        return true;
    }

    /// <summary>Value <paramref name="index"/> of a DA element.</summary>
    /// <exception cref="DicomException">Missing or not a valid date.</exception>
    public DateOnly GetDate(int index = 0) => TryGetDate(index, out var v) ? v : throw ValueError($"Value {index + 1} is not a valid date");

    /// <summary>Tries <see cref="GetDate"/>.</summary>
    public bool TryGetDate(int index, out DateOnly value)
    {
        value = default;
        return VR.IsString && DicomTextDecoding.TryGetValue(DicomTextDecoding.Decode(this, null), VR, index, out var text)
            && DicomValueParsing.TryParseDate(text, out value);
    }

    /// <summary>Value <paramref name="index"/> of a TM element (partial times allowed: <c>07</c> is 07:00).</summary>
    /// <exception cref="DicomException">Missing or not a valid time.</exception>
    public TimeOnly GetTime(int index = 0) => TryGetTime(index, out var v) ? v : throw ValueError($"Value {index + 1} is not a valid time");

    /// <summary>Tries <see cref="GetTime"/>.</summary>
    public bool TryGetTime(int index, out TimeOnly value)
    {
        value = default;
        return VR.IsString && DicomTextDecoding.TryGetValue(DicomTextDecoding.Decode(this, null), VR, index, out var text)
            && DicomValueParsing.TryParseTime(text, out value);
    }

    /// <summary>Value <paramref name="index"/> of a DT element.</summary>
    /// <exception cref="DicomException">Missing or not a valid date-time.</exception>
    public DicomDateTime GetDateTime(int index = 0) => TryGetDateTime(index, out var v) ? v : throw ValueError($"Value {index + 1} is not a valid date-time");

    /// <summary>Tries <see cref="GetDateTime"/>.</summary>
    public bool TryGetDateTime(int index, out DicomDateTime value)
    {
        value = default;
        return VR.IsString && DicomTextDecoding.TryGetValue(DicomTextDecoding.Decode(this, null), VR, index, out var text)
            && DicomValueParsing.TryParseDateTime(text, out value);
    }

    internal string FormatNumber(int index)
    {
        if (VR == DicomVR.FL || VR == DicomVR.OF)
        {
            DicomValueParsing.TryReadBinaryDouble(RawValue.Span, VR, IsBigEndian, index, out var single);
            return ((float)single).ToString(CultureInfo.InvariantCulture);
        }

        if (VR == DicomVR.FD || VR == DicomVR.OD)
        {
            DicomValueParsing.TryReadBinaryDouble(RawValue.Span, VR, IsBigEndian, index, out var real);
            return real.ToString(CultureInfo.InvariantCulture);
        }

        DicomValueParsing.TryReadBinaryInteger(RawValue.Span, VR, IsBigEndian, index, out var integer);
        return integer.ToString(CultureInfo.InvariantCulture);
    }

    private bool TryGetInteger(int index, out Int128 integer)
    {
        integer = 0;
        if (VR == DicomVR.IS || VR == DicomVR.DS)
        {
            if (!DicomTextDecoding.TryGetValue(DicomTextDecoding.Decode(this, null), VR, index, out var text)
                || !DicomValueParsing.TryParseInteger(text, out integer))
            {
                return false;
            }
        }
        else if (!DicomValueParsing.TryReadBinaryInteger(RawValue.Span, VR, IsBigEndian, index, out integer))
        {
            return false;
        }

        return true;
    }

    private DicomException NumberError(int index, string type) =>
        ValueError($"Value {index + 1} of a {VR.Code} element is missing or does not convert to {type}");

    private DicomException ValueError(string reason) => new(reason, Offset >= 0 ? Offset : null, Tag);
}
