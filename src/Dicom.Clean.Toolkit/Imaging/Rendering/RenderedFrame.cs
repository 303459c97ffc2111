using System.Buffers;

namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>
/// A rendered frame in a pooled buffer. Dispose it when done (after encoding), so the buffer
/// returns to the pool; its pixels must not be used afterwards.
/// </summary>
public sealed class RenderedFrame : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    internal RenderedFrame(int width, int height, RenderedPixelFormat format)
    {
        Width = width;
        Height = height;
        Format = format;
        _length = checked(width * height * BytesPerPixel(format));
        _buffer = ArrayPool<byte>.Shared.Rent(_length);
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Pixel layout.</summary>
    public RenderedPixelFormat Format { get; }

    /// <summary>The VOI window applied (for a min-max window, the one computed), or null when none was.</summary>
    public VoiWindow? AppliedWindow { get; internal set; }

    /// <summary>
    /// For <see cref="RenderedPixelFormat.Gray16"/>: the modality value of output 0, so that modality
    /// value = output + offset. 0 when every modality value fits 0..65535 unchanged.
    /// </summary>
    public long ModalityOffset { get; internal set; }

    /// <summary>The pixels: rows top to bottom, no padding.</summary>
    public ReadOnlySpan<byte> Pixels => Buffer.AsSpan(0, _length);

    /// <summary>Bytes in one row.</summary>
    public int Stride => Width * BytesPerPixel(Format);

    internal Span<byte> WritablePixels => Buffer.AsSpan(0, _length);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(RenderedFrame));

    /// <summary>Bytes per pixel of a format.</summary>
    /// <param name="format">The format.</param>
    public static int BytesPerPixel(RenderedPixelFormat format) => format switch
    {
        RenderedPixelFormat.Rgb24 => 3,
        RenderedPixelFormat.Gray16 => 2,
        _ => 1,
    };

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
