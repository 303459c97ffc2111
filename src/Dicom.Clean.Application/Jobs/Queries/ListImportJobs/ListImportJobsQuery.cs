using Mediator;

namespace Dicom.Clean.Application.Jobs.Queries.ListImportJobs;

/// <summary>A page of jobs with their counts, newest first (<c>GET /jobs</c>).</summary>
/// <param name="Page">One-based page number.</param>
/// <param name="PageSize">Jobs per page, 1 to <see cref="ListImportJobsValidator.MaxPageSize"/>.</param>
public sealed record ListImportJobsQuery(int Page = 1, int PageSize = ListImportJobsQuery.DefaultPageSize) : IQuery<ImportJobListDto>
{
    /// <summary>Page size when none is given.</summary>
    public const int DefaultPageSize = 20;
}
