using Dicom.Clean.Application.Jobs.Queries.GetImportJob;
using Dicom.Clean.Domain.Jobs;
using Mediator;

namespace Dicom.Clean.Application.Jobs.Queries.ListImportJobFailures;

/// <summary>Reads one page of a job's failures.</summary>
public sealed class ListImportJobFailuresHandler(IImportJobRepository jobs) : IQueryHandler<ListImportJobFailuresQuery, ImportFailureListDto?>
{
    /// <inheritdoc />
    public async ValueTask<ImportFailureListDto?> Handle(ListImportJobFailuresQuery query, CancellationToken cancellationToken)
    {
        var id = ImportJobId.From(query.Id!);
        if (await jobs.FindAsync(id, cancellationToken) is null)
        {
            return null;
        }

        var (items, total) = await jobs.ListFailuresAsync(id, (query.Page - 1) * query.PageSize, query.PageSize, cancellationToken);
        return new ImportFailureListDto(
            items.Select(f => new ImportFailureDto(f.RelativePath, f.Reason ?? string.Empty)).ToList(), query.Page, query.PageSize, total);
    }
}
