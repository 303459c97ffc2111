namespace Dicom.Clean.Toolkit.Tests.Conformance;

/// <summary>
/// One line of <c>dcmdump +L -M</c> output: an element, an item or a pixel item, with its children
/// (items of a sequence or fragments of a pixel sequence; elements of an item).
/// </summary>
internal sealed class DumpNode
{
    public required DicomTag Tag { get; init; }

    /// <summary>DCMTK's VR column: a VR code, or na, pi, up, ox, xs, lt, ?? .</summary>
    public required string VR { get; init; }

    /// <summary>The value column as printed (raw bytes read as Latin-1).</summary>
    public required string Value { get; init; }

    /// <summary>Length column; null for "u/l" (undefined length).</summary>
    public required long? Length { get; init; }

    public required int Multiplicity { get; init; }

    public required int LineNumber { get; init; }

    public List<DumpNode> Children { get; } = [];

    public bool IsItem => Tag.Value == 0xFFFEE000;

    public override string ToString() => $"line {LineNumber}: {Tag} {VR} {Value}";
}
