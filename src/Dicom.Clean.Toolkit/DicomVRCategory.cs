namespace Dicom.Clean.Toolkit;

/// <summary>How a value representation stores its values (PS3.5 6.2).</summary>
public enum DicomVRCategory
{
    /// <summary>No value representation: items and delimiters.</summary>
    None = 0,

    /// <summary>Character strings that may hold several values separated by a backslash.</summary>
    String,

    /// <summary>Character strings holding one value in which a backslash is an ordinary character (LT, ST, UT, UR).</summary>
    Text,

    /// <summary>Person names: backslash-separated values, each with up to three component groups.</summary>
    PersonName,

    /// <summary>Fixed-size binary numbers (US, SS, UL, SL, UV, SV, FL, FD).</summary>
    BinaryNumber,

    /// <summary>Attribute tags (AT): pairs of 16-bit numbers.</summary>
    AttributeTag,

    /// <summary>Byte or word streams summarised rather than shown (OB, OW, OF, OD, OL, OV, UN).</summary>
    Bulk,

    /// <summary>A sequence of items (SQ).</summary>
    Sequence,
}
