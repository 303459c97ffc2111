using System.Buffers;

namespace Dicom.Clean.Toolkit.Imaging.Encoders;

/// <summary>A write-only stream that cuts the zlib data it receives into IDAT chunks of at most 64 KiB.</summary>
internal sealed class PngIdatStream : Stream
{
    private const int ChunkSize = 64 * 1024;

    private readonly Stream _output;
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private int _count;

    public PngIdatStream(Stream output) => _output = output;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var target = _buffer ?? throw new ObjectDisposedException(nameof(PngIdatStream));
        while (!buffer.IsEmpty)
        {
            var take = Math.Min(buffer.Length, ChunkSize - _count);
            buffer[..take].CopyTo(target.AsSpan(_count));
            _count += take;
            buffer = buffer[take..];
            if (_count == ChunkSize)
            {
                Flush();
            }
        }
    }

    /// <summary>Emits buffered data as one IDAT chunk.</summary>
    public override void Flush()
    {
        if (_count > 0 && _buffer is not null)
        {
            PngChunkWriter.Write(_output, "IDAT"u8, _buffer.AsSpan(0, _count));
            _count = 0;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            var buffer = Interlocked.Exchange(ref _buffer, null);
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        base.Dispose(disposing);
    }
}
