namespace Dicom.Clean.Application.Instances.Queries.GetOriginalFile;

/// <summary>The original bytes as received.</summary>
/// <param name="Content">The file; the caller disposes it.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex (an ETag).</param>
public sealed record OriginalFile(Stream Content, string Sha256);
