using System.Runtime.InteropServices;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Rendering;
using Dicom.Clean.Domain.Instances;
using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.GetInstanceImage;

/// <summary>
/// Serves the stored default image (PNG) for the default request (its file as is when the store
/// keeps it plain); renders from the original for any other frame, window or format, and for the
/// default request while its PNG is not stored yet (then queues it, so the next read is served
/// from the blob). Every answer carries an entity tag for conditional requests.
/// </summary>
public sealed class GetInstanceImageHandler(IInstanceRepository instances, IBlobStore blobs, IImageRenderer renderer, IDefaultImageQueue defaultImages)
    : IQueryHandler<GetInstanceImageQuery, InstanceImage?>
{
    /// <inheritdoc />
    public async ValueTask<InstanceImage?> Handle(GetInstanceImageQuery query, CancellationToken cancellationToken)
    {
        var instance = await instances.FindAsync(InstanceId.From(query.Id!), cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var request = ImageRequestParser.ToRequest(query);
        if (instance.NumberOfFrames is { } frames && request.Frame > frames)
        {
            throw new ImageUnavailableException($"Frame {request.Frame} does not exist: the instance has {frames}.");
        }

        var entityTag = ImageEntityTag.For(instance.Sha256, request);
        if (request.IsDefault && instance.RenderedBlobKey is { } renderedKey)
        {
            if (blobs.FindPlainFile(renderedKey) is { } path)
            {
                return new InstanceImage(null, path, "image/png", entityTag);
            }

            if (await blobs.OpenReadAsync(renderedKey, cancellationToken) is { } stored)
            {
                return new InstanceImage(stored, null, "image/png", entityTag);
            }
        }

        await using var original = await blobs.OpenReadAsync(instance.OriginalBlobKey, cancellationToken)
            ?? throw new InvalidOperationException($"The original blob of instance {instance.Id} is missing.");
        var result = await renderer.RenderAsync(original, request, cancellationToken);
        if (!result.IsAvailable)
        {
            throw new ImageUnavailableException(result.UnavailableReason!);
        }

        if (request.IsDefault && instance.RenderedBlobKey is null)
        {
            // Rendered after ingest but not stored yet, or lost with a stop: store it for the next read.
            defaultImages.TryEnqueue(instance.Id);
        }

        var content = MemoryMarshal.TryGetArray(result.Content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(result.Content.ToArray(), writable: false);
        return new InstanceImage(content, null, result.MediaType!, entityTag);
    }
}
