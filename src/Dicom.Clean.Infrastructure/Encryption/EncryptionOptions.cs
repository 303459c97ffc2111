namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>
/// The <c>Encryption</c> section: blob keys from configuration (<c>Encryption:Keys:N:Id|Key</c>,
/// base64 of 32 bytes) and/or a key file, and which one encrypts new blobs.
/// </summary>
public sealed class EncryptionOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Encryption";

    /// <summary>The key file used when none is configured (relative to the content root).</summary>
    public const string DefaultKeyFile = "./data/keys/blob-keys.json";

    /// <summary>JSON key file; read when it exists, created by <c>blobs new-key</c> or at first start.</summary>
    public string KeyFile { get; set; } = DefaultKeyFile;

    /// <summary>
    /// On a fresh installation (no key anywhere, no blob written yet), create the key file with a new
    /// key instead of refusing to start. Keeps the one-command quick start encrypted; set false in
    /// production so a missing key mount is an error, never a silent new key.
    /// </summary>
    public bool CreateKeyFile { get; set; } = true;

    /// <summary>The key that encrypts new blobs; default: the key file's active key, else the last key listed.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>Keys given in configuration (from a secret store, say).</summary>
    public IList<ConfiguredKey> Keys { get; } = [];

    /// <summary>One configured key.</summary>
    public sealed class ConfiguredKey
    {
        /// <summary>Key id, written in each blob's header.</summary>
        public string? Id { get; set; }

        /// <summary>Base64 of 32 random bytes.</summary>
        public string? Key { get; set; }
    }
}
