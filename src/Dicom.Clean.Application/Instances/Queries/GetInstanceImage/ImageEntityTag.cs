using System.Globalization;
using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Application.Instances.Queries.GetInstanceImage;

/// <summary>
/// The entity tag of a rendered image: the original's hash, the renderer's revision and the
/// request. Equal tags mean equal bytes (the renderer is deterministic), so a client holding one
/// gets 304 instead of the image; a new renderer revision changes every tag.
/// </summary>
internal static class ImageEntityTag
{
    // Raise when a change to rendering or encoding changes the output of an unchanged request.
    private const int RendererRevision = 1;

    public static string For(string sha256, ImageRenderRequest request)
    {
        var window = request.Window is { } w
            ? string.Create(CultureInfo.InvariantCulture, $"-w{w.Center:R}_{w.Width:R}")
            : string.Empty;
        var format = request.Format == ImageFormat.Jpeg ? "jpeg" : "png";
        return string.Create(CultureInfo.InvariantCulture, $"\"{sha256[..Math.Min(32, sha256.Length)]}-r{RendererRevision}-f{request.Frame}{window}-{format}\"");
    }
}
