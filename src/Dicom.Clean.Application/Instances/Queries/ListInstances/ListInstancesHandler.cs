using Dicom.Clean.Application.Instances.Common;
using Dicom.Clean.Domain.Instances;
using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.ListInstances;

/// <summary>Reads one page of the filtered list.</summary>
public sealed class ListInstancesHandler(IInstanceRepository instances) : IQueryHandler<ListInstancesQuery, InstanceListDto>
{
    /// <inheritdoc />
    public async ValueTask<InstanceListDto> Handle(ListInstancesQuery query, CancellationToken cancellationToken)
    {
        var filter = new InstanceFilter
        {
            PatientId = NullIfEmpty(query.PatientId),
            StudyInstanceUid = NullIfEmpty(query.StudyInstanceUid),
            SeriesInstanceUid = NullIfEmpty(query.SeriesInstanceUid),
            Modality = NullIfEmpty(query.Modality),
        };
        var page = await instances.ListAsync(filter, (query.Page - 1) * query.PageSize, query.PageSize, cancellationToken);
        return new InstanceListDto(page.Items.Select(InstanceMapper.ToDto).ToList(), query.Page, query.PageSize, page.TotalCount);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
