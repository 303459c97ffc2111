using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Application.Common.Ports;

/// <summary>What the parser made of a file.</summary>
/// <param name="Attributes">Identifying and descriptive attributes (any may be missing).</param>
/// <param name="Elements">Every element in file order, depth first through sequences.</param>
/// <param name="Warnings">Recoverable oddities the reader met, with offsets.</param>
public sealed record ParsedDicom(
    InstanceAttributes Attributes,
    IReadOnlyList<ParsedElement> Elements,
    IReadOnlyList<ParseWarning> Warnings);
