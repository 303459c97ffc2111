namespace Dicom.Clean.Toolkit;

/// <summary>The rules of one VR, in a table indexed like <see cref="DicomVR"/> (PS3.5 table 6.2-1).</summary>
internal sealed record DicomVRInfo(
    string Code,
    string Name,
    DicomVRCategory Category,
    int UnitSize,
    int MaxLength,
    byte PaddingByte,
    bool HasLongLength,
    bool IsCharacterSetDependent,
    bool IsFixedLength = false)
{
    private const byte Space = 0x20;
    private const byte Nul = 0x00;

    // Order matters: the index is the DicomVR's identity.
    internal static readonly DicomVRInfo[] Table =
    [
        new("", "None", DicomVRCategory.None, 0, 0, Nul, false, false),
        new("AE", "Application Entity", DicomVRCategory.String, 1, 16, Space, false, false),
        new("AS", "Age String", DicomVRCategory.String, 1, 4, Space, false, false, IsFixedLength: true),
        new("AT", "Attribute Tag", DicomVRCategory.AttributeTag, 4, 4, Nul, false, false),
        new("CS", "Code String", DicomVRCategory.String, 1, 16, Space, false, false),
        new("DA", "Date", DicomVRCategory.String, 1, 8, Space, false, false),
        new("DS", "Decimal String", DicomVRCategory.String, 1, 16, Space, false, false),
        new("DT", "Date Time", DicomVRCategory.String, 1, 26, Space, false, false),
        new("FD", "Floating Point Double", DicomVRCategory.BinaryNumber, 8, 8, Nul, false, false),
        new("FL", "Floating Point Single", DicomVRCategory.BinaryNumber, 4, 4, Nul, false, false),
        new("IS", "Integer String", DicomVRCategory.String, 1, 12, Space, false, false),
        new("LO", "Long String", DicomVRCategory.String, 1, 64, Space, false, true),
        new("LT", "Long Text", DicomVRCategory.Text, 1, 10240, Space, false, true),
        new("OB", "Other Byte", DicomVRCategory.Bulk, 1, 0, Nul, true, false),
        new("OD", "Other Double", DicomVRCategory.Bulk, 8, 0, Nul, true, false),
        new("OF", "Other Float", DicomVRCategory.Bulk, 4, 0, Nul, true, false),
        new("OL", "Other Long", DicomVRCategory.Bulk, 4, 0, Nul, true, false),
        new("OV", "Other 64-bit Very Long", DicomVRCategory.Bulk, 8, 0, Nul, true, false),
        new("OW", "Other Word", DicomVRCategory.Bulk, 2, 0, Nul, true, false),
        new("PN", "Person Name", DicomVRCategory.PersonName, 1, 64, Space, false, true),
        new("SH", "Short String", DicomVRCategory.String, 1, 16, Space, false, true),
        new("SL", "Signed Long", DicomVRCategory.BinaryNumber, 4, 4, Nul, false, false),
        new("SQ", "Sequence of Items", DicomVRCategory.Sequence, 0, 0, Nul, true, false),
        new("SS", "Signed Short", DicomVRCategory.BinaryNumber, 2, 2, Nul, false, false),
        new("ST", "Short Text", DicomVRCategory.Text, 1, 1024, Space, false, true),
        new("SV", "Signed 64-bit Very Long", DicomVRCategory.BinaryNumber, 8, 8, Nul, true, false),
        new("TM", "Time", DicomVRCategory.String, 1, 14, Space, false, false),
        new("UC", "Unlimited Characters", DicomVRCategory.String, 1, 0, Space, true, true),
        new("UI", "Unique Identifier", DicomVRCategory.String, 1, 64, Nul, false, false),
        new("UL", "Unsigned Long", DicomVRCategory.BinaryNumber, 4, 4, Nul, false, false),
        new("UN", "Unknown", DicomVRCategory.Bulk, 1, 0, Nul, true, false),
        new("UR", "Universal Resource Identifier or Universal Resource Locator", DicomVRCategory.Text, 1, 0, Space, true, false),
        new("US", "Unsigned Short", DicomVRCategory.BinaryNumber, 2, 2, Nul, false, false),
        new("UT", "Unlimited Text", DicomVRCategory.Text, 1, 0, Space, true, true),
        new("UV", "Unsigned 64-bit Very Long", DicomVRCategory.BinaryNumber, 8, 8, Nul, true, false),
    ];
}
