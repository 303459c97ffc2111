using System.Globalization;

namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// Words a <see cref="DecodeReport"/> as warnings. Messages give offsets within the value and
/// byte values, never decoded text (it may be patient data).
/// </summary>
internal static class DecodeWarnings
{
    /// <summary>Adds one message per kind of problem the report holds.</summary>
    public static void Add(ICollection<string> warnings, DecodeReport report, ReadOnlySpan<byte> bytes, string name)
    {
        if (report.InvalidAt is { } invalid)
        {
            warnings.Add((uint)invalid >= (uint)bytes.Length
                ? Format($"Value holds bytes not valid in Specific Character Set '{name}'; replaced by U+FFFD.")
                : Format($"Byte 0x{bytes[invalid]:X2} at value offset {invalid} is not valid in Specific Character Set '{name}'; replaced by U+FFFD."));
        }

        if (report.OutsideDefaultAt is { } outside)
        {
            warnings.Add(Format($"Byte 0x{bytes[outside]:X2} at value offset {outside} is outside the default repertoire (no Specific Character Set); bytes above 0x7F read as ISO 8859-1."));
        }

        if (report.UnknownEscapeAt is { } unknown)
        {
            warnings.Add(Format($"Unknown or malformed escape sequence at value offset {unknown} (Specific Character Set '{name}'); dropped."));
        }

        if (report.UndeclaredEscapeAt is { } undeclared)
        {
            warnings.Add(Format($"Escape sequence at value offset {undeclared} designates a set that Specific Character Set '{name}' does not declare; honoured."));
        }

        if (report.UndesignatedG1At is { } g1)
        {
            warnings.Add(Format($"Byte above 0x9F at value offset {g1} with no G1 set designated (Specific Character Set '{name}'); read with the first declared G1 set."));
        }

        if (report.ShiftJisAt is { } shiftJis)
        {
            warnings.Add(Format($"Byte at value offset {shiftJis} is not JIS X 0201 (Specific Character Set '{name}'); value read as Shift_JIS."));
        }
    }

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
