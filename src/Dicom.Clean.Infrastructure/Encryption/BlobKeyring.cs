namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>Every configured blob key, and the active one that encrypts new blobs.</summary>
internal sealed class BlobKeyring
{
    private readonly Dictionary<string, BlobKey> _keys;

    public BlobKeyring(IReadOnlyList<BlobKey> keys, string activeKeyId)
    {
        _keys = keys.ToDictionary(k => k.Id, StringComparer.Ordinal);
        Active = _keys.GetValueOrDefault(activeKeyId)
            ?? throw new BlobEncryptionException($"The active blob key '{activeKeyId}' is not among the configured keys.");
    }

    public BlobKey Active { get; }

    public IReadOnlyCollection<BlobKey> Keys => _keys.Values;

    public BlobKey? Find(string id) => _keys.GetValueOrDefault(id);
}
