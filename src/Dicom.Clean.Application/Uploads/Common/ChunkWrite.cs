using System.Runtime.ExceptionServices;

namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>What writing one chunk did.</summary>
/// <param name="BytesWritten">Bytes flushed to disk and safe to acknowledge.</param>
/// <param name="Interruption">
/// The error that cut the body short (client gone, connection reset), after the bytes that did
/// arrive were kept; null when the body was read to its end.
/// </param>
public sealed record ChunkWrite(long BytesWritten, ExceptionDispatchInfo? Interruption);
