using Dicom.Clean.Application.Instances.Queries.GetInstance;

namespace Dicom.Clean.Application.Instances.Queries.ListInstances;

/// <summary>One page of instances.</summary>
/// <param name="Items">The page.</param>
/// <param name="Page">One-based page number.</param>
/// <param name="PageSize">Requested page size.</param>
/// <param name="TotalCount">Instances matching the filter in all.</param>
public sealed record InstanceListDto(IReadOnlyList<InstanceDto> Items, int Page, int PageSize, int TotalCount);
