using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Uploads.Common;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Application.Uploads.Commands.CreateUpload;

/// <summary>Saves a new upload's state and empty data file, then appends the first chunk if one came.</summary>
public sealed partial class CreateUploadHandler(
    IUploadStore store, UploadWriter writer, IOptions<UploadOptions> options, TimeProvider clock, ILogger<CreateUploadHandler> logger)
    : ICommandHandler<CreateUploadCommand, ResumableUpload>
{
    private readonly UploadOptions _options = options.Value;

    /// <inheritdoc />
    public async ValueTask<ResumableUpload> Handle(CreateUploadCommand command, CancellationToken cancellationToken)
    {
        if (command.Length > _options.MaxFileBytes)
        {
            throw new UploadRejectedException(UploadRejection.TooLarge,
                $"Upload-Length {command.Length} is above the maximum of {_options.MaxFileBytes} bytes.");
        }

        var now = clock.GetUtcNow();
        var upload = new ResumableUpload
        {
            Key = Guid.NewGuid().ToString("N"),
            Length = command.Length,
            Offset = 0,
            Metadata = command.Metadata,
            CreatedAt = now,
            ExpiresAt = now + _options.Expiry,
        };
        await store.CreateAsync(upload, cancellationToken);
        LogCreated(logger, upload.Key, upload.Length);

        // A zero-length upload is complete at once: the writer ingests it (and refuses it).
        return command.FirstChunk is null && upload.Length > 0
            ? upload
            : await writer.AppendAsync(upload.Key, 0, command.FirstChunkLength, command.FirstChunk ?? Stream.Null, command.Checksum, cancellationToken);
    }

    [LoggerMessage(EventId = 610, Level = LogLevel.Information, Message = "Upload {UploadKey} created for {SizeBytes} bytes")]
    private static partial void LogCreated(ILogger logger, string uploadKey, long sizeBytes);
}
