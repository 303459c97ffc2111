using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Uploads.Common;
using Mediator;

namespace Dicom.Clean.Application.Uploads.Queries.GetUpload;

/// <summary>Reads the saved state; an expired upload not swept yet is refused as gone.</summary>
public sealed class GetUploadHandler(IUploadStore store, TimeProvider clock) : IQueryHandler<GetUploadQuery, ResumableUpload?>
{
    /// <inheritdoc />
    public async ValueTask<ResumableUpload?> Handle(GetUploadQuery query, CancellationToken cancellationToken)
    {
        var upload = await store.FindAsync(query.Key!, cancellationToken);
        return upload is not null && upload.IsExpiredAt(clock.GetUtcNow())
            ? throw new UploadRejectedException(UploadRejection.Expired, "The upload has expired.")
            : upload;
    }
}
