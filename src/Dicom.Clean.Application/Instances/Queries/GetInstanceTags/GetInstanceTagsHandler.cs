using Dicom.Clean.Application.Instances.Common;
using Dicom.Clean.Domain.Instances;
using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.GetInstanceTags;

/// <summary>Reads the instance's tag values in file order.</summary>
public sealed class GetInstanceTagsHandler(IInstanceRepository instances) : IQueryHandler<GetInstanceTagsQuery, InstanceTagsDto?>
{
    /// <inheritdoc />
    public async ValueTask<InstanceTagsDto?> Handle(GetInstanceTagsQuery query, CancellationToken cancellationToken)
    {
        var instance = await instances.FindWithTagsAsync(InstanceId.From(query.Id!), cancellationToken);
        return instance is null
            ? null
            : new InstanceTagsDto(instance.Id.Value, instance.TagValues.OrderBy(v => v.Ordinal).Select(InstanceMapper.ToDto).ToList());
    }
}
