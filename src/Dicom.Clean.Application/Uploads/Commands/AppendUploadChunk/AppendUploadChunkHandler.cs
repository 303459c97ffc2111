using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Uploads.Common;
using Mediator;

namespace Dicom.Clean.Application.Uploads.Commands.AppendUploadChunk;

/// <summary>Appends the chunk through the upload writer.</summary>
public sealed class AppendUploadChunkHandler(IUploadStore store, UploadWriter writer)
    : ICommandHandler<AppendUploadChunkCommand, ResumableUpload?>
{
    /// <inheritdoc />
    public async ValueTask<ResumableUpload?> Handle(AppendUploadChunkCommand command, CancellationToken cancellationToken)
    {
        var key = command.Key!;
        if (await store.FindAsync(key, cancellationToken) is null)
        {
            return null;
        }

        return await writer.AppendAsync(key, command.Offset, command.BodyLength, command.Body, command.Checksum, cancellationToken);
    }
}
