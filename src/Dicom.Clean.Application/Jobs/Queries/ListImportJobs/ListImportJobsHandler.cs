using Dicom.Clean.Application.Jobs.Common;
using Dicom.Clean.Domain.Jobs;
using Mediator;

namespace Dicom.Clean.Application.Jobs.Queries.ListImportJobs;

/// <summary>Reads one page of jobs with their counts.</summary>
public sealed class ListImportJobsHandler(IImportJobRepository jobs) : IQueryHandler<ListImportJobsQuery, ImportJobListDto>
{
    /// <inheritdoc />
    public async ValueTask<ImportJobListDto> Handle(ListImportJobsQuery query, CancellationToken cancellationToken)
    {
        var page = await jobs.ListAsync((query.Page - 1) * query.PageSize, query.PageSize, cancellationToken);
        var items = page.Items.Select(i => ImportJobMapper.ToSummary(i.Job, i.Counts)).ToList();
        return new ImportJobListDto(items, query.Page, query.PageSize, page.TotalCount);
    }
}
