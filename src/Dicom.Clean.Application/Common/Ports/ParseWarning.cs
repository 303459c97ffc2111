namespace Dicom.Clean.Application.Common.Ports;

/// <summary>A recoverable oddity met while reading (the file was still read).</summary>
/// <param name="Reason">What was odd, without patient data.</param>
/// <param name="Offset">Byte offset in the file, when known.</param>
public sealed record ParseWarning(string Reason, long? Offset);
