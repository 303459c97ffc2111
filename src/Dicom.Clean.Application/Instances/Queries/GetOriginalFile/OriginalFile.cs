namespace Dicom.Clean.Application.Instances.Queries.GetOriginalFile;

/// <summary>The original bytes as received: a plain file the server may send as is, or content to stream.</summary>
/// <param name="Content">The file when there is no plain file to send; the caller disposes it.</param>
/// <param name="PlainFilePath">The stored file, sent without reading it through the application; null to stream <paramref name="Content"/>.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex (the entity tag).</param>
public sealed record OriginalFile(Stream? Content, string? PlainFilePath, string Sha256);
