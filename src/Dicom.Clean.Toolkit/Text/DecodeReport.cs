namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// What went wrong while decoding one value, as offsets into the value (first occurrence of
/// each kind); the public type turns it into warnings.
/// </summary>
internal struct DecodeReport
{
    /// <summary>First byte not valid in the active character set (replaced by U+FFFD).</summary>
    public int? InvalidAt;

    /// <summary>First byte above 0x7F under the default repertoire (read as ISO 8859-1).</summary>
    public int? OutsideDefaultAt;

    /// <summary>First escape sequence that designates no known set (dropped).</summary>
    public int? UnknownEscapeAt;

    /// <summary>First escape sequence for a known set that Specific Character Set does not declare (honoured).</summary>
    public int? UndeclaredEscapeAt;

    /// <summary>First byte 0xA0-0xFF met with no G1 set designated (read with the first declared G1 set).</summary>
    public int? UndesignatedG1At;

    /// <summary>Offset where the value was re-read as Shift_JIS (JIS X 0201 values that are not).</summary>
    public int? ShiftJisAt;

    /// <summary>True when nothing was reported.</summary>
    public readonly bool IsClean =>
        InvalidAt is null && OutsideDefaultAt is null && UnknownEscapeAt is null && UndeclaredEscapeAt is null && UndesignatedG1At is null && ShiftJisAt is null;
}
