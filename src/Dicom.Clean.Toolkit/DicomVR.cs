using System.Collections.Frozen;

namespace Dicom.Clean.Toolkit;

/// <summary>
/// A DICOM value representation (PS3.5 6.2) with its encoding rules. A one-byte value type: compare
/// with <c>==</c> against the static instances (<see cref="PN"/>, <see cref="SQ"/>...).
/// The default value is <see cref="None"/>, the "VR" of items and delimiters.
/// </summary>
public readonly struct DicomVR : IEquatable<DicomVR>
{
    private readonly byte _index;

    private DicomVR(byte index) => _index = index;

    /// <summary>No VR: items, item delimiters and sequence delimiters.</summary>
    public static DicomVR None => default;

    /// <summary>Application Entity.</summary>
    public static DicomVR AE => new(1);

    /// <summary>Age String.</summary>
    public static DicomVR AS => new(2);

    /// <summary>Attribute Tag.</summary>
    public static DicomVR AT => new(3);

    /// <summary>Code String.</summary>
    public static DicomVR CS => new(4);

    /// <summary>Date.</summary>
    public static DicomVR DA => new(5);

    /// <summary>Decimal String.</summary>
    public static DicomVR DS => new(6);

    /// <summary>Date Time.</summary>
    public static DicomVR DT => new(7);

    /// <summary>Floating Point Double.</summary>
    public static DicomVR FD => new(8);

    /// <summary>Floating Point Single.</summary>
    public static DicomVR FL => new(9);

    /// <summary>Integer String.</summary>
    public static DicomVR IS => new(10);

    /// <summary>Long String.</summary>
    public static DicomVR LO => new(11);

    /// <summary>Long Text.</summary>
    public static DicomVR LT => new(12);

    /// <summary>Other Byte.</summary>
    public static DicomVR OB => new(13);

    /// <summary>Other Double.</summary>
    public static DicomVR OD => new(14);

    /// <summary>Other Float.</summary>
    public static DicomVR OF => new(15);

    /// <summary>Other Long.</summary>
    public static DicomVR OL => new(16);

    /// <summary>Other 64-bit Very Long.</summary>
    public static DicomVR OV => new(17);

    /// <summary>Other Word.</summary>
    public static DicomVR OW => new(18);

    /// <summary>Person Name.</summary>
    public static DicomVR PN => new(19);

    /// <summary>Short String.</summary>
    public static DicomVR SH => new(20);

    /// <summary>Signed Long.</summary>
    public static DicomVR SL => new(21);

    /// <summary>Sequence of Items.</summary>
    public static DicomVR SQ => new(22);

    /// <summary>Signed Short.</summary>
    public static DicomVR SS => new(23);

    /// <summary>Short Text.</summary>
    public static DicomVR ST => new(24);

    /// <summary>Signed 64-bit Very Long.</summary>
    public static DicomVR SV => new(25);

    /// <summary>Time.</summary>
    public static DicomVR TM => new(26);

    /// <summary>Unlimited Characters.</summary>
    public static DicomVR UC => new(27);

    /// <summary>Unique Identifier.</summary>
    public static DicomVR UI => new(28);

    /// <summary>Unsigned Long.</summary>
    public static DicomVR UL => new(29);

    /// <summary>Unknown.</summary>
    public static DicomVR UN => new(30);

    /// <summary>Universal Resource Identifier.</summary>
    public static DicomVR UR => new(31);

    /// <summary>Unsigned Short.</summary>
    public static DicomVR US => new(32);

    /// <summary>Unlimited Text.</summary>
    public static DicomVR UT => new(33);

    /// <summary>Unsigned 64-bit Very Long.</summary>
    public static DicomVR UV => new(34);

    /// <summary>Every VR of PS3.5 (not <see cref="None"/>), in alphabetical order.</summary>
    public static IReadOnlyList<DicomVR> All { get; } = [.. Enumerable.Range(1, DicomVRInfo.Table.Length - 1).Select(i => new DicomVR((byte)i))];

    private static readonly FrozenDictionary<ushort, DicomVR> ByCode =
        All.ToFrozenDictionary(vr => (ushort)((vr.Code[0] << 8) | vr.Code[1]));

    private DicomVRInfo Info => DicomVRInfo.Table[_index];

    /// <summary>The two-letter code, e.g. <c>PN</c>; empty for <see cref="None"/>.</summary>
    public string Code => Info.Code;

    /// <summary>The name PS3.5 gives, e.g. <c>Person Name</c>.</summary>
    public string Name => Info.Name;

    /// <summary>How values of this VR are stored.</summary>
    public DicomVRCategory Category => Info.Category;

    /// <summary>
    /// Size in bytes of one value for binary VRs (2 for US and OW, 4 for UL, FL, AT and OF, 8 for FD,
    /// OD, OV, UV and SV); 1 for OB, UN and every character string VR; 0 for SQ and <see cref="None"/>.
    /// </summary>
    public int UnitSize => Info.UnitSize;

    /// <summary>
    /// Largest length of one value: characters for strings (64 per component group for PN), bytes
    /// for fixed-size binary values; 0 when the VR sets no limit beyond the 32-bit length.
    /// </summary>
    public int MaxLength => Info.MaxLength;

    /// <summary>True for AS, the one string VR whose values have a fixed length (4 characters).</summary>
    public bool IsFixedLength => Info.IsFixedLength;

    /// <summary>The byte that pads a value to even length: NUL for UI and binary VRs, space for strings.</summary>
    public byte PaddingByte => Info.PaddingByte;

    /// <summary>True when explicit VR encodings carry a reserved field and a 32-bit length for this VR.</summary>
    public bool HasLongLength => Info.HasLongLength;

    /// <summary>True for character strings (String, Text and PersonName categories).</summary>
    public bool IsString => Info.Category is DicomVRCategory.String or DicomVRCategory.Text or DicomVRCategory.PersonName;

    /// <summary>True when values are separated by a backslash (every string VR but LT, ST, UT and UR).</summary>
    public bool AllowsMultipleValues => Info.Category is DicomVRCategory.String or DicomVRCategory.PersonName;

    /// <summary>
    /// True when the value is decoded with the data set's Specific Character Set (SH, LO, ST, LT, UC,
    /// UT and PN); the other string VRs use the default repertoire.
    /// </summary>
    public bool IsCharacterSetDependent => Info.IsCharacterSetDependent;

    /// <summary>True when a value may be byte-swapped between little and big endian (binary VRs of unit size over 1).</summary>
    public bool IsEndianSensitive => Info.Category is DicomVRCategory.BinaryNumber or DicomVRCategory.AttributeTag
        || (Info.Category == DicomVRCategory.Bulk && Info.UnitSize > 1);

    /// <summary>Looks a VR up by its two ASCII bytes as they appear in an explicit VR header.</summary>
    /// <param name="first">The first character.</param>
    /// <param name="second">The second character.</param>
    /// <param name="vr">The VR when the code is one of PS3.5.</param>
    /// <returns>False for any other pair of bytes.</returns>
    public static bool TryParse(byte first, byte second, out DicomVR vr) =>
        ByCode.TryGetValue((ushort)((first << 8) | second), out vr);

    /// <summary>Looks a VR up by its two-letter code.</summary>
    /// <param name="code">The code, e.g. <c>PN</c> (case-sensitive).</param>
    /// <param name="vr">The VR when the code is one of PS3.5.</param>
    /// <returns>False for anything else.</returns>
    public static bool TryParse(string? code, out DicomVR vr)
    {
        if (code is { Length: 2 } && code[0] < 128 && code[1] < 128)
        {
            return TryParse((byte)code[0], (byte)code[1], out vr);
        }

        vr = None;
        return false;
    }

    /// <summary>Looks a VR up by its two-letter code.</summary>
    /// <param name="code">The code, e.g. <c>PN</c>.</param>
    /// <exception cref="ArgumentException">The code is not a VR of PS3.5.</exception>
    public static DicomVR Parse(string code) =>
        TryParse(code, out var vr) ? vr : throw new ArgumentException($"'{code}' is not a DICOM value representation.", nameof(code));

    /// <inheritdoc />
    public bool Equals(DicomVR other) => _index == other._index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DicomVR other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _index;

    /// <summary>The two-letter code (empty for <see cref="None"/>).</summary>
    public override string ToString() => Code;

    /// <summary>Compares two VRs.</summary>
    public static bool operator ==(DicomVR left, DicomVR right) => left._index == right._index;

    /// <summary>Compares two VRs.</summary>
    public static bool operator !=(DicomVR left, DicomVR right) => left._index != right._index;
}
