using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.Instances.Commands.DeleteInstance;

/// <summary>
/// Removes the rows first, then the blobs: a crash in between leaves an orphan blob (swept
/// later), never a row pointing at a missing blob.
/// </summary>
public sealed partial class DeleteInstanceHandler(IInstanceRepository instances, IBlobStore blobs, ILogger<DeleteInstanceHandler> logger)
    : ICommandHandler<DeleteInstanceCommand, bool>
{
    /// <inheritdoc />
    public async ValueTask<bool> Handle(DeleteInstanceCommand command, CancellationToken cancellationToken)
    {
        var id = InstanceId.From(command.Id!);
        var instance = await instances.FindAsync(id, cancellationToken);
        if (instance is null || !await instances.RemoveAsync(id, cancellationToken))
        {
            return false;
        }

        // The default image too when the row did not name it yet: a background render may have
        // written it after the lookup above.
        foreach (var key in instance.BlobKeys().Append(InstanceBlobKeys.Rendered(id)).Distinct(StringComparer.Ordinal))
        {
            await blobs.DeleteAsync(key, CancellationToken.None);
        }

        LogDeleted(logger, id.Value, instance.SizeBytes);
        return true;
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Deleted instance {InstanceId} ({SizeBytes} bytes)")]
    private static partial void LogDeleted(ILogger logger, string instanceId, long sizeBytes);
}
