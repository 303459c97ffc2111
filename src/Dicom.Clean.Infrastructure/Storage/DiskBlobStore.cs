using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Infrastructure.Storage;

/// <summary>
/// Blobs as files under one root folder. Every write goes to <c>.tmp/</c> on the same file
/// system, is flushed to disk, then renamed under its key: a crash leaves at worst a temporary
/// file (swept at start), never a half file under a real key.
/// </summary>
internal sealed class DiskBlobStore : IBlobStore
{
    internal const string TempFolderName = ".tmp";
    private const int BufferSize = 128 * 1024;

    public DiskBlobStore(string root)
    {
        Root = Path.GetFullPath(root);
        TempFolder = Path.Combine(Root, TempFolderName);
        Directory.CreateDirectory(TempFolder);
    }

    /// <summary>
    /// Deletes temporary files left by a crash mid-write; call at start, before any write.
    /// Returns how many were removed.
    /// </summary>
    public int SweepTemporaryFiles()
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(TempFolder))
        {
            File.Delete(file);
            removed++;
        }

        return removed;
    }

    /// <summary>Absolute root folder.</summary>
    public string Root { get; }

    internal string TempFolder { get; }

    public async Task<IStagedBlob> StageAsync(Stream content, CancellationToken cancellationToken)
    {
        var tempPath = NewTempPath();
        try
        {
            return await StagedDiskBlob.WriteAsync(this, tempPath, content, cancellationToken);
        }
        catch
        {
            File.Delete(tempPath);
            throw;
        }
    }

    public async Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var target = PathOf(key);
        var tempPath = NewTempPath();
        try
        {
            await using (var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, cancellationToken);
                file.Flush(flushToDisk: true);
            }

            DurableRename.Move(tempPath, target, overwrite: true);
        }
        catch
        {
            File.Delete(tempPath);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            // FileShare.Delete: a DELETE may remove the key while a download is still reading it.
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            File.Delete(PathOf(key));
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone with its folder.
        }

        return Task.CompletedTask;
    }

    /// <summary>Maps a key to its file, refusing anything that could leave the root.</summary>
    internal string PathOf(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        foreach (var segment in key.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == ".." || segment == TempFolderName
                || segment.AsSpan().IndexOfAnyExcept(KeyCharacters) >= 0)
            {
                throw new ArgumentException("Not a valid blob key.", nameof(key));
            }
        }

        return Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar));
    }

    internal string NewTempPath() => Path.Combine(TempFolder, $"{Guid.NewGuid():N}.tmp");

    private static readonly System.Buffers.SearchValues<char> KeyCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");
}
