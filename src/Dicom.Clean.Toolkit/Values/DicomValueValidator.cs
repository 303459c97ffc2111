using System.Globalization;

namespace Dicom.Clean.Toolkit.Values;

/// <summary>
/// Checks text values against their VR before they are encoded (PS3.5 6.2): lengths, allowed
/// characters and formats. Strict: the writer side of "lenient on read, strict on write".
/// </summary>
internal static class DicomValueValidator
{
    /// <summary>Returns why <paramref name="value"/> is not a valid value of <paramref name="vr"/>, or null when it is.</summary>
    public static string? Check(DicomVR vr, string value)
    {
        if (vr.AllowsMultipleValues && value.Contains('\\', StringComparison.Ordinal))
        {
            return "contains a backslash, the value separator";
        }

        if (vr == DicomVR.PN)
        {
            var groups = value.Split('=');
            if (groups.Length > 3)
            {
                return "has more than three component groups";
            }

            return groups.Any(g => g.Length > 64) ? "has a component group over 64 characters" :
                groups.Any(g => g.Split('^').Length > 5) ? "has more than five components" : null;
        }

        if (vr.MaxLength > 0 && vr.IsString && value.Length > vr.MaxLength)
        {
            return $"is {value.Length} characters long; {vr.Code} allows {vr.MaxLength}";
        }

        var code = vr.Code;
        return code switch
        {
            "AE" => value.Any(c => char.IsControl(c)) ? "contains control characters" : null,
            "AS" => value.Length == 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && "DWMY".Contains(value[3], StringComparison.Ordinal)
                ? null : "is not nnnD, nnnW, nnnM or nnnY",
            "CS" => value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is ' ' or '_') ? null : "may hold only A-Z, 0-9, space and underscore",
            "DA" => DicomValueParsing.TryParseDate(value, out _) && value.Length == 8 ? null : "is not a YYYYMMDD date",
            "TM" => DicomValueParsing.TryParseTime(value, out _) && !value.Contains(':', StringComparison.Ordinal) ? null : "is not an HHMMSS.FFFFFF time",
            "DT" => DicomValueParsing.TryParseDateTime(value, out _) ? null : "is not a YYYYMMDDHHMMSS.FFFFFF&ZZXX date-time",
            "IS" => long.TryParse(value.Trim(' '), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) && integer is >= int.MinValue and <= int.MaxValue
                ? null : "is not an integer between -2^31 and 2^31-1",
            "DS" => double.TryParse(value.Trim(' '), NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) && value.Trim(' ').All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '.' or 'e' or 'E')
                ? null : "is not a decimal number",
            "UI" => IsUid(value) ? null : "is not a UID (digits and dots, no leading zeros, at most 64 characters)",
            _ => value.Any(c => c < ' ' && c is not ('\r' or '\n' or '\t' or '\f' or '\u001b')) ? "contains control characters" : null,
        };
    }

    private static bool IsUid(string value)
    {
        if (value.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var component in value.Split('.'))
        {
            if (component.Length == 0 || !component.All(char.IsAsciiDigit) || (component.Length > 1 && component[0] == '0'))
            {
                return false;
            }
        }

        return true;
    }
}
