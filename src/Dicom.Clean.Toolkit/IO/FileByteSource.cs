using Microsoft.Win32.SafeHandles;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>A byte source over a file, read with positional reads (thread-safe, no shared position).</summary>
internal sealed class FileByteSource : DicomByteSource
{
    private readonly SafeFileHandle _handle;

    private FileByteSource(SafeFileHandle handle, long length)
    {
        _handle = handle;
        Length = length;
    }

    public override long Length { get; }

    public static FileByteSource Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        SafeFileHandle? handle = null;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
            var source = new FileByteSource(handle, RandomAccess.GetLength(handle));
            handle = null;
            return source;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DicomException($"Cannot open the file: {ex.Message}", innerException: ex);
        }
        finally
        {
            handle?.Dispose();
        }
    }

    /// <summary>Takes ownership of an open handle (a temporary file the reader wrote): disposing the source closes it.</summary>
    public static FileByteSource Adopt(SafeFileHandle handle, long length) => new(handle, length);

    public override void Read(long offset, Span<byte> destination)
    {
        CheckRange(offset, destination.Length);
        try
        {
            while (!destination.IsEmpty)
            {
                var read = RandomAccess.Read(_handle, destination, offset);
                if (read <= 0)
                {
                    throw new DicomException("The file ended before the expected length (was it truncated while open?)", offset);
                }

                destination = destination[read..];
                offset += read;
            }
        }
        catch (IOException ex)
        {
            throw new DicomException($"Reading the file failed: {ex.Message}", offset, innerException: ex);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _handle.Dispose();
        }

        base.Dispose(disposing);
    }
}
