namespace Dicom.Clean.Toolkit.Text;

/// <summary>How a defined term of Specific Character Set (0008,0005) encodes text.</summary>
internal enum CharacterSetKind
{
    /// <summary>The default repertoire, ISO-IR 6 (value empty or <c>ISO_IR 6</c>).</summary>
    Default,

    /// <summary>An 8-bit table without code extensions (<c>ISO_IR 100</c>, <c>ISO_IR 13</c>...).</summary>
    SingleByte,

    /// <summary>A set taking part in ISO 2022 code extensions (<c>ISO 2022 IR 87</c>...).</summary>
    CodeExtension,

    /// <summary>UTF-8 (<c>ISO_IR 192</c>).</summary>
    Utf8,

    /// <summary>GB 18030 (<c>GB18030</c>).</summary>
    Gb18030,

    /// <summary>GBK (<c>GBK</c>).</summary>
    Gbk,
}
