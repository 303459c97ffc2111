using System.Buffers;
using Dicom.Clean.Toolkit.Imaging.Codecs;

namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// One frame in the toolkit's decoded layout (see <see cref="FrameDescriptor.DecodedLength"/>):
/// either the stored bytes themselves (native little endian data in memory: nothing copied) or a
/// pooled buffer. Dispose it when done; its bytes must not be used afterwards.
/// </summary>
public sealed class DecodedFrame : IDisposable
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private byte[]? _pooled;

    internal DecodedFrame(ReadOnlyMemory<byte> bytes, byte[]? pooled, DecodedFrameInfo info, int frameIndex)
    {
        _bytes = bytes;
        _pooled = pooled;
        Info = info;
        FrameIndex = frameIndex;
    }

    /// <summary>Zero-based frame index.</summary>
    public int FrameIndex { get; }

    /// <summary>What was decoded: photometric interpretation, precision, sign.</summary>
    public DecodedFrameInfo Info { get; }

    /// <summary>True when the bytes are the stored bytes, read in place.</summary>
    public bool IsInPlace => _pooled is null;

    /// <summary>The decoded samples.</summary>
    public ReadOnlySpan<byte> Bytes => IsDisposed ? throw new ObjectDisposedException(nameof(DecodedFrame)) : _bytes.Span;

    private bool IsDisposed { get; set; }

    /// <summary>Returns a pooled buffer to the pool.</summary>
    public void Dispose()
    {
        IsDisposed = true;
        var pooled = Interlocked.Exchange(ref _pooled, null);
        if (pooled is not null)
        {
            ArrayPool<byte>.Shared.Return(pooled);
        }
    }
}
