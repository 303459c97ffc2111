using System.Runtime.InteropServices;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;
using Mediator;

namespace Dicom.Clean.Application.Instances.Queries.GetInstanceImage;

/// <summary>
/// Serves the PNG rendered at ingest for the default request; renders from the original for any
/// other frame, window or format, or when ingest could not render.
/// </summary>
public sealed class GetInstanceImageHandler(IInstanceRepository instances, IBlobStore blobs, IImageRenderer renderer)
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

        if (request.IsDefault && instance.RenderedBlobKey is { } renderedKey
            && await blobs.OpenReadAsync(renderedKey, cancellationToken) is { } stored)
        {
            return new InstanceImage(stored, "image/png");
        }

        await using var original = await blobs.OpenReadAsync(instance.OriginalBlobKey, cancellationToken)
            ?? throw new InvalidOperationException($"The original blob of instance {instance.Id} is missing.");
        var result = await renderer.RenderAsync(original, request, cancellationToken);
        if (!result.IsAvailable)
        {
            throw new ImageUnavailableException(result.UnavailableReason!);
        }

        var content = MemoryMarshal.TryGetArray(result.Content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(result.Content.ToArray(), writable: false);
        return new InstanceImage(content, result.MediaType!);
    }
}
