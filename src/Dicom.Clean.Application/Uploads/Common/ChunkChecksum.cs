namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>The checksum a client sent with a chunk (<c>Upload-Checksum</c>).</summary>
/// <param name="Algorithm">Lower-case algorithm name; only <c>sha1</c> is supported.</param>
/// <param name="Expected">The digest the chunk must have.</param>
public sealed record ChunkChecksum(string Algorithm, ReadOnlyMemory<byte> Expected)
{
    /// <summary>The one algorithm supported (tus checksum extension).</summary>
    public const string Sha1 = "sha1";
}
