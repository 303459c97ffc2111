namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>
/// Blob encryption cannot work: no key, a malformed or wrong key, a key missing for blobs already
/// written, or a blob whose header or authentication tag does not check. Thrown at start for
/// configuration problems, so the service never runs with keys that cannot read its blobs.
/// </summary>
public sealed class BlobEncryptionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BlobEncryptionException()
        : base("Blob encryption failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BlobEncryptionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public BlobEncryptionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
