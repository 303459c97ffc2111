namespace Dicom.Clean.Toolkit.Uids;

/// <summary>Flags describing a transfer syntax, used to build the table compactly.</summary>
[Flags]
internal enum TransferSyntaxTraits
{
    None = 0,
    ImplicitVR = 1,
    BigEndian = 2,
    Encapsulated = 4,
    Lossy = 8,
    Deflated = 16,
    Retired = 32,
}
