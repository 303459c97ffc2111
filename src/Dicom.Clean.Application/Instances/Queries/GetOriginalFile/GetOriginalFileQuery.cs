using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.GetOriginalFile;

/// <summary>The original file of an instance; null when unknown.</summary>
/// <param name="Id">Server id.</param>
public sealed record GetOriginalFileQuery(string? Id) : IQuery<OriginalFile?>;
