namespace Dicom.Clean.Infrastructure.Persistence.Security;

/// <summary>
/// Proof of which key wrote blobs: an HMAC of a fixed text under the key. At start a configured
/// key whose HMAC differs is the wrong key; a stored id with no configured key is a missing one.
/// </summary>
internal sealed class BlobKeyCheck
{
    public required string KeyId { get; init; }

    public required string CheckValue { get; init; }

    public DateTimeOffset FirstUsedAt { get; init; }
}
