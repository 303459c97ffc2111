namespace Dicom.Clean.Toolkit.IO;

/// <summary>Tags the reader and writer treat specially, as 32-bit values for fast comparison.</summary>
internal static class DicomTagConstants
{
    public const uint Item = 0xFFFEE000;
    public const uint ItemDelimitation = 0xFFFEE00D;
    public const uint SequenceDelimitation = 0xFFFEE0DD;
    public const uint PixelData = 0x7FE00010;
    public const uint SpecificCharacterSet = 0x00080005;
    public const uint PixelRepresentation = 0x00280103;
    public const uint TransferSyntaxUid = 0x00020010;
    public const uint FileMetaInformationGroupLength = 0x00020000;
    public const uint ExtendedOffsetTable = 0x7FE00001;
    public const uint ExtendedOffsetTableLengths = 0x7FE00002;
}
