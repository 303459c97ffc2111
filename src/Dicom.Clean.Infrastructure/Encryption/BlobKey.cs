using System.Security.Cryptography;
using System.Text;

namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>A named 256-bit master key. Blobs are encrypted under keys derived from it, one per blob.</summary>
internal sealed class BlobKey
{
    private static readonly byte[] CheckLabel = Encoding.ASCII.GetBytes("dicom-clean blob key check v1");

    public BlobKey(string id, byte[] material)
    {
        if (!IsValidId(id))
        {
            throw new BlobEncryptionException($"Blob key id '{id}' must be 1 to 64 characters among A-Z a-z 0-9 . _ -.");
        }

        if (material.Length != 32)
        {
            throw new BlobEncryptionException($"Blob key '{id}' must be 32 bytes (256 bits, base64), not {material.Length}.");
        }

        Id = id;
        Material = material;
    }

    public string Id { get; }

    public byte[] Material { get; }

    /// <summary>HMAC of a fixed label: tells a right key from a wrong one without revealing either.</summary>
    public string CheckValue() => Convert.ToHexStringLower(HMACSHA256.HashData(Material, CheckLabel));

    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    public static BlobKey Generate(string id) => new(id, RandomNumberGenerator.GetBytes(32));
}
