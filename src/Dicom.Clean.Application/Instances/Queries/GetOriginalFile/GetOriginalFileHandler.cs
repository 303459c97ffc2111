using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;
using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.GetOriginalFile;

/// <summary>Opens the stored original.</summary>
public sealed class GetOriginalFileHandler(IInstanceRepository instances, IBlobStore blobs)
    : IQueryHandler<GetOriginalFileQuery, OriginalFile?>
{
    /// <inheritdoc />
    public async ValueTask<OriginalFile?> Handle(GetOriginalFileQuery query, CancellationToken cancellationToken)
    {
        var instance = await instances.FindAsync(InstanceId.From(query.Id!), cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var content = await blobs.OpenReadAsync(instance.OriginalBlobKey, cancellationToken)
            ?? throw new InvalidOperationException($"The original blob of instance {instance.Id} is missing.");
        return new OriginalFile(content, instance.Sha256);
    }
}
