using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.GetInstanceImage;

/// <summary>A rendered frame of an instance; null when the id is unknown.</summary>
/// <param name="Id">Server id.</param>
/// <param name="Frame">One-based frame number.</param>
/// <param name="Window"><c>center,width</c>, or null for the file's first window (else min-max).</param>
/// <param name="Format"><c>png</c> or <c>jpeg</c>; null for png.</param>
public sealed record GetInstanceImageQuery(string? Id, int Frame = 1, string? Window = null, string? Format = null)
    : IQuery<InstanceImage?>;
