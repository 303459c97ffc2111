namespace Dicom.Clean.Application.Common.Ports;

/// <summary>Which frame to render and how.</summary>
/// <param name="Frame">One-based frame number.</param>
/// <param name="Window">A caller's window; null for the file's first window, else min-max.</param>
/// <param name="Format">Output format.</param>
public sealed record ImageRenderRequest(int Frame, WindowLevel? Window, ImageFormat Format)
{
    /// <summary>What <c>GET /image</c> serves and ingest renders: frame 1, the file's window, PNG.</summary>
    public static ImageRenderRequest Default { get; } = new(1, null, ImageFormat.Png);

    /// <summary>True when the request equals <see cref="Default"/>, so the PNG stored at ingest serves it.</summary>
    public bool IsDefault => this == Default;
}
