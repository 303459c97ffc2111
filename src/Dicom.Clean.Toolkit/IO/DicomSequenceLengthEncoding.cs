namespace Dicom.Clean.Toolkit.IO;

/// <summary>How the writer encodes the lengths of sequences and items.</summary>
public enum DicomSequenceLengthEncoding
{
    /// <summary>Undefined length, closed by delimiters (one pass, the usual choice).</summary>
    Undefined,

    /// <summary>Explicit lengths, computed before writing.</summary>
    Defined,
}
