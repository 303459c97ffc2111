namespace Dicom.Clean.Toolkit.IO;

/// <summary>How far the first element headers of a data set read in one encoding (see <see cref="DatasetSyntaxProbe"/>).</summary>
/// <param name="Syntax">The encoding tried.</param>
/// <param name="Elements">Consecutive plausible headers from the start.</param>
/// <param name="First">The first element's tag in that reading, when it was plausible.</param>
/// <param name="Holds">
/// True when nothing contradicted the reading: every checked header was plausible, or the data ended
/// after whole elements, or an undefined-length element stopped the check.
/// </param>
internal readonly record struct DatasetSyntaxReading(DatasetSyntax Syntax, int Elements, DicomTag? First, bool Holds)
{
    /// <summary>A reading that holds beats one that broke; then more plausible headers win.</summary>
    public bool IsBetterThan(DatasetSyntaxReading other) =>
        Holds != other.Holds ? Holds : Elements > other.Elements;
}
