namespace Dicom.Clean.Toolkit.Model;

/// <summary>Facts about how an element was encoded, packed in a byte.</summary>
[Flags]
internal enum ElementFlags : byte
{
    None = 0,

    /// <summary>Binary values are big endian (Explicit VR Big Endian).</summary>
    BigEndian = 1,

    /// <summary>The element had undefined length (sequences, encapsulated pixel data).</summary>
    UndefinedLength = 2,

    /// <summary>The value was left in the source (read on demand).</summary>
    Deferred = 4,

    /// <summary>The VR came from the dictionary, not from the data (implicit VR, or a corrected VR).</summary>
    VRFromDictionary = 8,

    /// <summary>The value is shorter than declared: the data ended first.</summary>
    Truncated = 16,

    /// <summary>Built in code: no offsets in a source.</summary>
    Built = 32,
}
