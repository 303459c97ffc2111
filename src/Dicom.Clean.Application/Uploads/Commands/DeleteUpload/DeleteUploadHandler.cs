using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Uploads.Common;
using Mediator;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Application.Uploads.Commands.DeleteUpload;

/// <summary>Waits for a chunk being written to end, then removes the upload. An instance it produced stays stored.</summary>
public sealed class DeleteUploadHandler(IUploadStore store, IOptions<UploadOptions> options) : ICommandHandler<DeleteUploadCommand, bool>
{
    /// <inheritdoc />
    public async ValueTask<bool> Handle(DeleteUploadCommand command, CancellationToken cancellationToken)
    {
        var key = command.Key!;
        // Looked up before locking: no lock is ever made for a key that names no upload.
        if (await store.FindAsync(key, cancellationToken) is null)
        {
            return false;
        }

        await using var held = await store.TryLockAsync(key, options.Value.LockWait, cancellationToken)
            ?? throw new UploadRejectedException(UploadRejection.Locked, "Another request is writing to this upload; retry shortly.");
        if (await store.FindAsync(key, cancellationToken) is null)
        {
            return false;
        }

        await store.DeleteAsync(key);
        return true;
    }
}
