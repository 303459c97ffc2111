using System.Buffers;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Imaging.Encoders;
using Dicom.Clean.Toolkit.Imaging.Rendering;

namespace Dicom.Clean.Infrastructure.Dicom;

/// <summary>
/// The renderer port over the toolkit: frame N through its modality, VOI and presentation LUTs to
/// 8-bit output (the file's first window, else its first VOI LUT, else min-max; or the caller's
/// window), overlays burned in, encoded as PNG or JPEG. Pixel data the toolkit cannot decode is
/// "unavailable" with the toolkit's reason, never an exception.
/// </summary>
internal sealed class ToolkitImageRenderer : IImageRenderer
{
    public Task<RenderResult> RenderAsync(Stream original, ImageRenderRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var file = DicomFile.Read(original, leaveOpen: true);
            var options = request.Window is { } window
                ? RenderOptions.Default with { Voi = VoiOptions.Custom(window.Center, window.Width) }
                : RenderOptions.Default;
            using var frame = ImageRenderer.Default.Render(file, request.Frame - 1, options);
            var output = new ArrayBufferWriter<byte>(Math.Max(4096, frame.Pixels.Length / 2));
            if (request.Format == ImageFormat.Jpeg)
            {
                JpegEncoder.Encode(frame, output);
                return Task.FromResult(RenderResult.Rendered(output.WrittenMemory, "image/jpeg"));
            }

            PngEncoder.Encode(frame, output);
            return Task.FromResult(RenderResult.Rendered(output.WrittenMemory, "image/png"));
        }
        catch (DicomException ex)
        {
            return Task.FromResult(RenderResult.Unavailable(ex.Message));
        }
    }
}
