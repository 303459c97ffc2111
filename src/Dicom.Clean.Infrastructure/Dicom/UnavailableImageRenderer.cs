using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Infrastructure.Dicom;

/// <summary>Stands in for the toolkit's renderer until it is merged: every image is unavailable (422).</summary>
internal sealed class UnavailableImageRenderer : IImageRenderer
{
    public Task<RenderResult> RenderAsync(Stream original, ImageRenderRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(RenderResult.Unavailable("Rendering is not available in this build yet."));
}
