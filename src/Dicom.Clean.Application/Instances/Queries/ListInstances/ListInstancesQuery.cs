using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.ListInstances;

/// <summary>A page of instances, newest first, filtered by exact matches.</summary>
/// <param name="Page">One-based page number.</param>
/// <param name="PageSize">Instances per page, 1 to <see cref="ListInstancesValidator.MaxPageSize"/>.</param>
/// <param name="PatientId">Patient ID to match.</param>
/// <param name="StudyInstanceUid">Study Instance UID to match.</param>
/// <param name="SeriesInstanceUid">Series Instance UID to match.</param>
/// <param name="Modality">Modality to match.</param>
public sealed record ListInstancesQuery(
    int Page = 1,
    int PageSize = ListInstancesQuery.DefaultPageSize,
    string? PatientId = null,
    string? StudyInstanceUid = null,
    string? SeriesInstanceUid = null,
    string? Modality = null) : IQuery<InstanceListDto>
{
    /// <summary>Page size when none is given.</summary>
    public const int DefaultPageSize = 50;
}
