namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>What a re-encryption did.</summary>
/// <param name="Rewritten">Blobs moved from an older key to the active one.</param>
/// <param name="Encrypted">Plaintext blobs (from before encryption) encrypted.</param>
/// <param name="AlreadyCurrent">Blobs already under the active key.</param>
/// <param name="Failed">Blobs that could not be read (named on the progress writer).</param>
public sealed record ReencryptionReport(int Rewritten, int Encrypted, int AlreadyCurrent, int Failed);
