namespace Dicom.Clean.Domain.Instances;

/// <summary>One page of instances (without their tag values) and how many match in all.</summary>
/// <param name="Items">The instances of the page, newest first.</param>
/// <param name="TotalCount">Number of instances matching the filter.</param>
public sealed record InstancePage(IReadOnlyList<DicomInstance> Items, int TotalCount);
