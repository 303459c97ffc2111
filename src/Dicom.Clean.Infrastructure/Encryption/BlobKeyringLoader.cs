namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>
/// Builds the keyring from configuration and the key file. The active key: <c>Encryption:ActiveKeyId</c>
/// when set, else the key file's <c>activeKeyId</c>, else the last key listed (configuration after file).
/// </summary>
internal static class BlobKeyringLoader
{
    public static BlobKeyring Load(EncryptionOptions options, string keyFilePath)
    {
        var (fileKeys, fileActive) = BlobKeyFile.Read(keyFilePath);
        var configured = options.Keys.Select(k => new BlobKey(k.Id ?? string.Empty, BlobKeyFile.Decode(k.Id, k.Key))).ToList();
        var all = new List<BlobKey>(fileKeys);
        foreach (var key in configured)
        {
            var same = all.FirstOrDefault(k => k.Id == key.Id);
            if (same is null)
            {
                all.Add(key);
            }
            else if (!same.Material.AsSpan().SequenceEqual(key.Material))
            {
                throw new BlobEncryptionException($"Blob key '{key.Id}' is given twice (configuration and key file) with different values.");
            }
        }

        if (all.Count == 0)
        {
            throw new BlobEncryptionException(
                $"No blob encryption key: set Encryption:Keys or put a key file at '{keyFilePath}' "
                + "(run 'Dicom.Clean.Api blobs new-key', or allow Encryption:CreateKeyFile on a fresh installation).");
        }

        return new BlobKeyring(all, options.ActiveKeyId ?? fileActive ?? all[^1].Id);
    }
}
