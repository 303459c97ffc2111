using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>A decoded element header: tag, VR, declared length and header size.</summary>
internal readonly record struct ElementHeader(DicomTag Tag, DicomVR VR, uint Length, int HeaderLength, ElementFlags Flags)
{
    public const uint Undefined = 0xFFFFFFFF;

    public bool IsUndefinedLength => Length == Undefined;
}
