namespace Dicom.Clean.Application.Common.Ports;

/// <summary>A rendered image, or the reason there is none.</summary>
public sealed class RenderResult
{
    private RenderResult(ReadOnlyMemory<byte> content, string? mediaType, string? unavailableReason)
    {
        Content = content;
        MediaType = mediaType;
        UnavailableReason = unavailableReason;
    }

    /// <summary>The encoded image; empty when unavailable.</summary>
    public ReadOnlyMemory<byte> Content { get; }

    /// <summary><c>image/png</c> or <c>image/jpeg</c>; null when unavailable.</summary>
    public string? MediaType { get; }

    /// <summary>Why no image could be made, without patient data; null when rendered.</summary>
    public string? UnavailableReason { get; }

    /// <summary>True when an image was made.</summary>
    public bool IsAvailable => UnavailableReason is null;

    /// <summary>An encoded image.</summary>
    public static RenderResult Rendered(ReadOnlyMemory<byte> content, string mediaType)
    {
        ArgumentException.ThrowIfNullOrEmpty(mediaType);
        return new RenderResult(content, mediaType, null);
    }

    /// <summary>No image, and why.</summary>
    public static RenderResult Unavailable(string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return new RenderResult(ReadOnlyMemory<byte>.Empty, null, reason);
    }
}
