namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// Where the bytes of a data set live: memory, a file read on demand, or a seekable stream. Values
/// the reader leaves in place (pixel data, large binary values) are read from here when asked for,
/// with 64-bit offsets, so files over 2 GB work. Implementations are safe for concurrent reads.
/// </summary>
public abstract class DicomByteSource : IDisposable
{
    /// <summary>Total length in bytes.</summary>
    public abstract long Length { get; }

    /// <summary>Wraps bytes already in memory; nothing is copied.</summary>
    /// <param name="memory">The bytes.</param>
    public static DicomByteSource FromMemory(ReadOnlyMemory<byte> memory) => new MemoryByteSource(memory);

    /// <summary>Opens a file for reading on demand (shared read access). Dispose the source to close it.</summary>
    /// <param name="path">The file path.</param>
    /// <exception cref="DicomException">The file cannot be opened.</exception>
    public static DicomByteSource OpenFile(string path) => FileByteSource.Open(path);

    /// <summary>
    /// Reads from a seekable stream on demand (seeks are serialised). A non-seekable stream is
    /// copied into memory first, which limits it to 2 GB.
    /// </summary>
    /// <param name="stream">The stream, positioned anywhere: offsets count from its start.</param>
    /// <param name="leaveOpen">True to leave the stream open when the source is disposed.</param>
    /// <exception cref="DicomException">Copying a non-seekable stream failed, or it holds more than 2 GB.</exception>
    public static DicomByteSource FromStream(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (stream.CanSeek)
        {
            return new StreamByteSource(stream, leaveOpen);
        }

        using var copy = new MemoryStream();
        try
        {
            stream.CopyTo(copy);
        }
        catch (IOException ex)
        {
            // Includes MemoryStream's own refusal past 2 GB.
            throw new DicomException($"Reading the stream failed after {copy.Length} bytes: {ex.Message}", copy.Length, innerException: ex);
        }
        finally
        {
            if (!leaveOpen)
            {
                stream.Dispose();
            }
        }

        return new MemoryByteSource(copy.GetBuffer().AsMemory(0, (int)copy.Length));
    }

    /// <summary>Copies bytes from <paramref name="offset"/> into <paramref name="destination"/>, filling it.</summary>
    /// <param name="offset">Where to start, from the start of the source.</param>
    /// <param name="destination">Receives exactly its length in bytes.</param>
    /// <exception cref="DicomException">The range runs past the end of the source, or reading failed.</exception>
    public abstract void Read(long offset, Span<byte> destination);

    /// <summary>
    /// Gives a range as memory without copying when the source is in memory.
    /// </summary>
    /// <param name="offset">Start of the range.</param>
    /// <param name="length">Length of the range.</param>
    /// <param name="memory">The bytes, when available without copying.</param>
    /// <returns>False when the bytes would have to be read (file and stream sources).</returns>
    public virtual bool TryGetMemory(long offset, int length, out ReadOnlyMemory<byte> memory)
    {
        memory = default;
        return false;
    }

    /// <summary>Gives a range as memory: a slice for in-memory sources, else a new array read from the source.</summary>
    /// <param name="offset">Start of the range.</param>
    /// <param name="length">Length of the range.</param>
    /// <exception cref="DicomException">The range runs past the end of the source.</exception>
    public ReadOnlyMemory<byte> GetMemory(long offset, int length)
    {
        if (TryGetMemory(offset, length, out var memory))
        {
            return memory;
        }

        CheckRange(offset, length);
        var copy = new byte[length];
        Read(offset, copy);
        return copy;
    }

    /// <summary>Releases the file or stream behind the source.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Throws the toolkit's exception when a range does not lie inside the source.</summary>
    /// <param name="offset">Start of the range.</param>
    /// <param name="length">Length of the range.</param>
    protected void CheckRange(long offset, long length)
    {
        if (offset < 0 || length < 0 || offset > Length - length)
        {
            throw new DicomException($"Range of {length} bytes runs past the end of the source ({Length} bytes)", offset);
        }
    }
}
