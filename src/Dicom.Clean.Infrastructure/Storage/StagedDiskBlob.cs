using System.Buffers;
using System.Security.Cryptography;
using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Infrastructure.Storage;

/// <summary>A temporary file holding one upload, hashed while it was written.</summary>
internal sealed class StagedDiskBlob : IStagedBlob
{
    private readonly DiskBlobStore _store;
    private string? _tempPath;

    private StagedDiskBlob(DiskBlobStore store, string tempPath, string sha256, long sizeBytes)
    {
        _store = store;
        _tempPath = tempPath;
        Sha256 = sha256;
        SizeBytes = sizeBytes;
    }

    public string Sha256 { get; }

    public long SizeBytes { get; }

    public static async Task<StagedDiskBlob> WriteAsync(DiskBlobStore store, string tempPath, Stream content, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(128 * 1024);
        long size = 0;
        try
        {
            await using var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }

            file.Flush(flushToDisk: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new StagedDiskBlob(store, tempPath, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    public Stream OpenRead()
    {
        var path = _tempPath ?? throw new InvalidOperationException("The staged blob was already committed.");
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 128 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    public Task CommitAsync(string key, CancellationToken cancellationToken)
    {
        var path = _tempPath ?? throw new InvalidOperationException("The staged blob was already committed.");
        // No overwrite: keys come from fresh server ids, so an existing file means a bug.
        DurableRename.Move(path, _store.PathOf(key), overwrite: false);
        _tempPath = null;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _tempPath, null) is { } path)
        {
            File.Delete(path);
        }

        return ValueTask.CompletedTask;
    }
}
