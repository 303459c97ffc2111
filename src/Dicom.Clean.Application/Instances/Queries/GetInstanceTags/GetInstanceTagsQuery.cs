using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.GetInstanceTags;

/// <summary>Every element of an instance; null when unknown.</summary>
/// <param name="Id">Server id.</param>
public sealed record GetInstanceTagsQuery(string? Id) : IQuery<InstanceTagsDto?>;
