using Dicom.Clean.Application.Instances.Common;
using Dicom.Clean.Domain.Instances;
using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.GetInstance;

/// <summary>Reads one instance without its tag values.</summary>
public sealed class GetInstanceHandler(IInstanceRepository instances) : IQueryHandler<GetInstanceQuery, InstanceDto?>
{
    /// <inheritdoc />
    public async ValueTask<InstanceDto?> Handle(GetInstanceQuery query, CancellationToken cancellationToken)
    {
        var instance = await instances.FindAsync(InstanceId.From(query.Id!), cancellationToken);
        return instance is null ? null : InstanceMapper.ToDto(instance);
    }
}
