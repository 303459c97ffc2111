namespace Dicom.Clean.Domain.Instances;

/// <summary>What the original file was: its SHA-256 (lower-case hex) and size in bytes.</summary>
/// <param name="Sha256">64 lower-case hexadecimal digits.</param>
/// <param name="SizeBytes">Length of the original file.</param>
public sealed record StoredContent(string Sha256, long SizeBytes);
