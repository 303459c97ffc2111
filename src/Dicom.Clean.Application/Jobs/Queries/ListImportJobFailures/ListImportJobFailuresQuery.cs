using Mediator;

namespace Dicom.Clean.Application.Jobs.Queries.ListImportJobFailures;

/// <summary>A page of a job's failed files in listing order (<c>GET /jobs/{id}/failures</c>); null when there is no such job.</summary>
/// <param name="Id">Job id.</param>
/// <param name="Page">One-based page number.</param>
/// <param name="PageSize">Failures per page, 1 to <see cref="ListImportJobFailuresValidator.MaxPageSize"/>.</param>
public sealed record ListImportJobFailuresQuery(string? Id, int Page = 1, int PageSize = ListImportJobFailuresQuery.DefaultPageSize)
    : IQuery<ImportFailureListDto?>
{
    /// <summary>Page size when none is given.</summary>
    public const int DefaultPageSize = 100;
}
