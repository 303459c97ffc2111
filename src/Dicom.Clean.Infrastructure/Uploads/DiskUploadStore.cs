using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Uploads.Common;

namespace Dicom.Clean.Infrastructure.Uploads;

/// <summary>
/// Resumable uploads as two files per upload under one folder: <c>{key}.json</c>, the state,
/// replaced atomically (temporary file, flush, rename), and <c>{key}.part</c>, the bytes. The
/// offset in the state is written only after the bytes it counts are flushed, so after a crash
/// the state never claims bytes the disk lacks; bytes past it are dropped by the next chunk.
/// </summary>
internal sealed class DiskUploadStore : IUploadStore
{
    private const string StateExtension = ".json";
    private const string DataExtension = ".part";
    private const string TempExtension = ".tmp";
    private const int BufferSize = 128 * 1024;

    // A .part without state younger than this may belong to a creation in progress.
    private static readonly TimeSpan OrphanAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public DiskUploadStore(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public async Task CreateAsync(ResumableUpload upload, CancellationToken cancellationToken)
    {
        // Bytes first, state second: a crash between leaves an orphan .part (swept), never a
        // state whose bytes are missing.
        await using (var data = new FileStream(DataPath(upload.Key), FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            data.Flush(flushToDisk: true);
        }

        await SaveAsync(upload, cancellationToken);
    }

    public async Task<ResumableUpload?> FindAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = new FileStream(StatePath(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            return (await JsonSerializer.DeserializeAsync<UploadStateDocument>(file, cancellationToken: cancellationToken))?.ToUpload(key);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<ResumableUpload> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in Directory.EnumerateFiles(Root, "*" + StateExtension))
        {
            var key = Path.GetFileNameWithoutExtension(path);
            if (UploadKeyRules.IsKey(key) && await FindAsync(key, cancellationToken) is { } upload)
            {
                yield return upload;
            }
        }
    }

    public async Task<IAsyncDisposable?> TryLockAsync(string key, TimeSpan wait, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(wait, cancellationToken) ? new Held(gate) : null;
    }

    public Task<ChunkWrite> AppendAsync(ResumableUpload upload, Stream body, ChunkChecksum? checksum, CancellationToken cancellationToken) =>
        ChunkAppender.AppendAsync(DataPath(upload.Key), upload, body, checksum, BufferSize, cancellationToken);

    public async Task SaveAsync(ResumableUpload upload, CancellationToken cancellationToken)
    {
        var path = StatePath(upload.Key);
        var temp = path + TempExtension;
        await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(file, UploadStateDocument.From(upload), cancellationToken: cancellationToken);
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    public Stream OpenData(string key) =>
        new FileStream(DataPath(key), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public Task DeleteDataAsync(string key)
    {
        File.Delete(DataPath(key));
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string key)
    {
        // State first: a crash between leaves an orphan .part (swept), not a state without bytes.
        File.Delete(StatePath(key));
        File.Delete(DataPath(key));
        // The upload is gone: its lock is not kept for the process's life. A request still waiting
        // on it finds no upload once it gets it.
        _locks.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<int> RemoveOrphansAsync(DateTimeOffset now)
    {
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(Root))
        {
            var name = Path.GetFileName(path);
            var key = name[..Math.Min(name.Length, UploadKeyRules.KeyLength)];
            var orphanData = name.EndsWith(DataExtension, StringComparison.Ordinal) && !File.Exists(StatePath(key));
            var leftoverTemp = name.EndsWith(TempExtension, StringComparison.Ordinal);
            if ((orphanData || leftoverTemp) && now - File.GetLastWriteTimeUtc(path) > OrphanAge)
            {
                File.Delete(path);
                removed++;
            }
        }

        return Task.FromResult(removed);
    }

    private string StatePath(string key) => PathOf(key, StateExtension);

    private string DataPath(string key) => PathOf(key, DataExtension);

    // Keys are checked by the validators already; checked again here because they name files.
    private string PathOf(string key, string extension) =>
        UploadKeyRules.IsKey(key) ? Path.Combine(Root, key + extension) : throw new ArgumentException("Not an upload key.", nameof(key));

    private sealed class Held(SemaphoreSlim gate) : IAsyncDisposable
    {
        private SemaphoreSlim? _gate = gate;

        public ValueTask DisposeAsync()
        {
            Interlocked.Exchange(ref _gate, null)?.Release();
            return ValueTask.CompletedTask;
        }
    }
}
