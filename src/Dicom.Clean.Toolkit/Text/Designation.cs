namespace Dicom.Clean.Toolkit.Text;

/// <summary>
/// An ISO 2022 designation: which set (and, for an 8-bit table, which half) an escape sequence
/// puts into G0 or G1.
/// </summary>
/// <param name="Set">The coded character set designated.</param>
/// <param name="ToG1">True when the set goes to G1 (read through bytes 0xA0-0xFF), false for G0.</param>
/// <param name="RightHalf">For an 8-bit table, true when its 0xA0-0xFF half is designated.</param>
/// <param name="Escape">The bytes after ESC, as ASCII text (for example <c>$)C</c>).</param>
internal sealed record Designation(CodedCharacterSet Set, bool ToG1, bool RightHalf, string Escape)
{
    /// <summary>
    /// Finds the byte (or two bytes, high byte first) that encode <paramref name="c"/> in this
    /// designation, with the high bit set for G1 as the code is written.
    /// </summary>
    public bool TryEncode(char c, out int code)
    {
        code = 0;
        if (!Set.TryEncode(c, out var raw))
        {
            return false;
        }

        if (Set.IsDoubleByte)
        {
            code = ToG1 ? raw | 0x8080 : raw;
            return true;
        }

        // An 8-bit table contributes only the half designated; space is not part of a G1 set.
        var inRight = raw >= 0xA0;
        if (inRight != RightHalf || (!inRight && raw is < 0x20 or > 0x7E) || (ToG1 && raw == 0x20))
        {
            return false;
        }

        code = ToG1 ? raw | 0x80 : raw & 0x7F;
        return true;
    }
}
