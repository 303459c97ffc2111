namespace Dicom.Clean.Toolkit;

/// <summary>How a file was framed (PS3.10 7.1).</summary>
public enum DicomFileFormat
{
    /// <summary>128-byte preamble, <c>DICM</c>, file meta information, data set.</summary>
    Part10,

    /// <summary>File meta information without the preamble (with or without <c>DICM</c>), then the data set.</summary>
    Part10WithoutPreamble,

    /// <summary>A bare data set without file meta information; its encoding was detected from the bytes.</summary>
    DatasetOnly,
}
