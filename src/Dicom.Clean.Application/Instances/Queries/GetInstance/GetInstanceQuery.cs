using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.GetInstance;

/// <summary>One instance's attributes; null when unknown.</summary>
/// <param name="Id">Server id.</param>
public sealed record GetInstanceQuery(string? Id) : IQuery<InstanceDto?>;
