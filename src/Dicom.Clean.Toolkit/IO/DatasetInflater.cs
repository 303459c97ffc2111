using System.Globalization;
using System.IO.Compression;
using Microsoft.Win32.SafeHandles;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// Inflates a deflated data set (PS3.5 A.5) with bounded memory: into chunks that are never copied
/// into one block, and past <see cref="DicomReaderOptions.InflateToFileThreshold"/> into a temporary
/// file deleted when its source is disposed. Refuses a deflate bomb early: beyond
/// <see cref="DicomReaderOptions.MaxInflatedLength"/> bytes, or beyond
/// <see cref="DicomReaderOptions.MaxInflationRatio"/> times the compressed bytes consumed once past
/// <see cref="RatioCheckFloor"/>.
/// </summary>
internal static class DatasetInflater
{
    /// <summary>Below this inflated size the ratio is not checked: small data sets cannot hurt, and headers compress well.</summary>
    public const long RatioCheckFloor = 4L << 20;

    private const int FirstChunk = 64 * 1024;
    private const int LargestChunk = 1 << 20;

    // The inflater is fed 1 KiB at a time, so the ratio check is off by that much input at most.
    private const int InputStep = 1024;

    /// <summary>Inflates the data from <paramref name="position"/> to the end of <paramref name="source"/>.</summary>
    /// <returns>The inflated bytes: memory, chunks, or a temporary file the caller must dispose.</returns>
    /// <exception cref="DicomException">The data is damaged, inflates beyond a limit, or cannot be spilled to disk.</exception>
    public static DicomByteSource Inflate(DicomByteSource source, long position, DicomReaderOptions options)
    {
        var compressed = new DicomByteRange(source, position, source.Length - position);
        using var input = new DicomByteRangeStream(compressed, InputStep);
        using var inflater = OpenInflater(input);
        var chunks = new List<byte[]>();
        var current = new byte[(int)Math.Clamp(options.InflateToFileThreshold, 1, FirstChunk)];
        var filled = 0;
        long total = 0;
        SafeFileHandle? spill = null;
        try
        {
            while (true)
            {
                if (filled == current.Length)
                {
                    (current, spill) = Flush(current, chunks, spill, total, options);
                    filled = 0;
                }

                var read = inflater.Read(current.AsSpan(filled));
                if (read == 0)
                {
                    break;
                }

                filled += read;
                total += read;
                CheckLimits(total, input.Position, position, options);
            }

            if (spill is not null)
            {
                Write(spill, current.AsSpan(0, filled), total - filled);
                var file = FileByteSource.Adopt(spill, total);
                spill = null;
                return file;
            }

            if (chunks.Count == 0)
            {
                return DicomByteSource.FromMemory(current.AsMemory(0, filled));
            }

            chunks.Add(current);
            return new ChunkedByteSource([.. chunks], total);
        }
        catch (InvalidDataException ex)
        {
            throw new DicomException($"Deflated data set is damaged: {ex.Message}", position, innerException: ex);
        }
        catch (IOException ex)
        {
            throw new DicomException($"Inflating the data set into a temporary file failed: {ex.Message}", position, innerException: ex);
        }
        finally
        {
            spill?.Dispose(); // on failure only: deletes the temporary file
        }
    }

    private static Stream OpenInflater(DicomByteRangeStream input)
    {
        // PS3.5 A.5 is raw deflate; some writers add a zlib header (0x78, checksum divisible by 31).
        Span<byte> head = stackalloc byte[2];
        var zlib = input.Read(head) == 2 && head[0] == 0x78 && (((head[0] << 8) | head[1]) % 31) == 0;
        input.Position = 0;
        return zlib ? new ZLibStream(input, CompressionMode.Decompress) : new DeflateStream(input, CompressionMode.Decompress);
    }

    private static void CheckLimits(long total, long consumed, long position, DicomReaderOptions options)
    {
        if (total > options.MaxInflatedLength)
        {
            throw new DicomException(string.Create(CultureInfo.InvariantCulture, $"Deflated data set inflates beyond {options.MaxInflatedLength} bytes"), position);
        }

        // Deflate cannot exceed about 1032:1; real data sets stay far below the default 1000:1.
        if (total > RatioCheckFloor && total > (double)options.MaxInflationRatio * consumed)
        {
            throw new DicomException(string.Create(CultureInfo.InvariantCulture,
                $"Deflated data set inflates beyond {options.MaxInflationRatio} times its compressed size ({total} bytes from {consumed}): a deflate bomb?"), position);
        }
    }

    /// <summary>
    /// Keeps a full chunk and starts the next one (each twice the last, up to 1 MiB); past the in-memory
    /// threshold, moves everything to a temporary file and reuses one buffer from then on.
    /// </summary>
    private static (byte[] Next, SafeFileHandle? Spill) Flush(byte[] full, List<byte[]> chunks, SafeFileHandle? spill, long total, DicomReaderOptions options)
    {
        if (spill is not null)
        {
            Write(spill, full, total - full.Length);
            return (full, spill);
        }

        var next = Math.Min(full.Length * 2, LargestChunk);
        if (total + next <= options.InflateToFileThreshold)
        {
            chunks.Add(full);
            return (new byte[next], null);
        }

        spill = CreateTemporaryFile(options.TemporaryDirectory, total);
        long offset = 0;
        foreach (var chunk in chunks)
        {
            Write(spill, chunk, offset);
            offset += chunk.Length;
        }

        Write(spill, full, offset);
        chunks.Clear();
        return (full.Length == LargestChunk ? full : new byte[LargestChunk], spill);
    }

    private static SafeFileHandle CreateTemporaryFile(string? directory, long position)
    {
        var path = Path.Combine(directory ?? Path.GetTempPath(), $"dicom-clean-inflated-{Guid.NewGuid():N}.tmp");
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DicomException($"Cannot create a temporary file for the inflated data set: {ex.Message}", position, innerException: ex);
        }
    }

    private static void Write(SafeFileHandle spill, ReadOnlySpan<byte> bytes, long offset) => RandomAccess.Write(spill, bytes, offset);
}
