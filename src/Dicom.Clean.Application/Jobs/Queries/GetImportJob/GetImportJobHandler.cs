using Dicom.Clean.Application.Jobs.Common;
using Dicom.Clean.Domain.Jobs;
using Mediator;

namespace Dicom.Clean.Application.Jobs.Queries.GetImportJob;

/// <summary>Reads the job, counts its files and lists its first failures.</summary>
public sealed class GetImportJobHandler(IImportJobRepository jobs) : IQueryHandler<GetImportJobQuery, ImportJobDto?>
{
    /// <inheritdoc />
    public async ValueTask<ImportJobDto?> Handle(GetImportJobQuery query, CancellationToken cancellationToken)
    {
        var id = ImportJobId.From(query.Id!);
        if (await jobs.FindAsync(id, cancellationToken) is not { } job)
        {
            return null;
        }

        var counts = await jobs.CountAsync(id, cancellationToken);
        var (failures, _) = await jobs.ListFailuresAsync(id, 0, ImportJobDto.MaxFailuresShown, cancellationToken);
        return new ImportJobDto(
            ImportJobMapper.ToSummary(job, counts),
            failures.Select(f => new ImportFailureDto(f.RelativePath, f.Reason ?? string.Empty)).ToList());
    }
}
