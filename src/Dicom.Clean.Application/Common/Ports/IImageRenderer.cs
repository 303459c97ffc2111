namespace Dicom.Clean.Application.Common.Ports;

/// <summary>Renders a frame of a stored original to an image file. Implemented over the toolkit.</summary>
public interface IImageRenderer
{
    /// <summary>
    /// Renders the requested frame. Pixel data the renderer cannot decode (unsupported syntax,
    /// damaged frame, no pixel data) gives <see cref="RenderResult.Unavailable"/> with the reason,
    /// not an exception.
    /// </summary>
    /// <param name="original">The Part 10 file from its first byte; not disposed.</param>
    /// <param name="request">Frame, window and format.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    Task<RenderResult> RenderAsync(Stream original, ImageRenderRequest request, CancellationToken cancellationToken);
}
