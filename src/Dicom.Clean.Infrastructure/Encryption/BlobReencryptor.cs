using Dicom.Clean.Infrastructure.Storage;

namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>
/// Rewrites every blob not under the active key (and every plaintext blob left from before
/// encryption) under the active key: decrypt, re-encrypt to a temporary file, flush, rename over.
/// A reader holding the old file keeps reading it; the old key stays needed until this finishes.
/// </summary>
internal sealed class BlobReencryptor(DiskBlobStore disk, BlobKeyring keyring)
{
    public async Task<ReencryptionReport> RunAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        int rewritten = 0, encrypted = 0, current = 0, failed = 0;
        foreach (var path in BlobKeyChecks.StoredBlobFiles(disk.Root).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetRelativePath(disk.Root, path);
            try
            {
                switch (await RewriteAsync(path, name, cancellationToken))
                {
                    case Outcome.Current: current++; break;
                    case Outcome.Plaintext: encrypted++; break;
                    default: rewritten++; break;
                }
            }
            catch (Exception ex) when (ex is BlobEncryptionException or IOException or UnauthorizedAccessException)
            {
                failed++;
                await progress.WriteLineAsync($"failed: {name}: {ex.Message}");
            }
        }

        return new ReencryptionReport(rewritten, encrypted, current, failed);
    }

    private async Task<Outcome> RewriteAsync(string path, string name, CancellationToken cancellationToken)
    {
        var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 128 * 1024, FileOptions.Asynchronous);
        Stream plain;
        Outcome outcome;
        try
        {
            var start = new byte[4];
            var read = await source.ReadAtLeastAsync(start, 4, throwOnEndOfStream: false, cancellationToken);
            source.Position = 0;
            if (read == 4 && EncryptedBlobFormat.HasMagic(start))
            {
                var decrypting = DecryptingStream.Open(source, keyring, name);
                if (decrypting.KeyId == keyring.Active.Id)
                {
                    await decrypting.DisposeAsync();
                    return Outcome.Current;
                }

                plain = decrypting;
                outcome = Outcome.Rewritten;
            }
            else
            {
                plain = source;
                outcome = Outcome.Plaintext;
            }
        }
        catch
        {
            await source.DisposeAsync();
            throw;
        }

        var temp = disk.NewTempPath();
        try
        {
            await using (plain)
            await using (var encrypting = new EncryptingReadStream(plain, keyring.Active))
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 128 * 1024, FileOptions.Asynchronous))
            {
                await encrypting.CopyToAsync(output, cancellationToken);
                output.Flush(flushToDisk: true);
            }

            // Durable before the old key's check value may be retired: a rename lost to a power
            // cut would leave a blob under a key that is no longer configured.
            DurableRename.Move(temp, path, overwrite: true);
            return outcome;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private enum Outcome
    {
        Current,
        Rewritten,
        Plaintext,
    }
}
