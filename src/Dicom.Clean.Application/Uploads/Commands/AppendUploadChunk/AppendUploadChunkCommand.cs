using Dicom.Clean.Application.Uploads.Common;
using Mediator;

namespace Dicom.Clean.Application.Uploads.Commands.AppendUploadChunk;

/// <summary>Appends a chunk to an upload (tus PATCH); ingests the file when its last byte arrives.</summary>
/// <param name="Key">Upload key.</param>
/// <param name="Offset">Where the client says the chunk starts (<c>Upload-Offset</c>).</param>
/// <param name="Body">The chunk.</param>
/// <param name="BodyLength">The chunk's declared length, when known.</param>
/// <param name="Checksum">The chunk's <c>Upload-Checksum</c>, if any.</param>
/// <returns>The upload after the chunk, with its outcome once finished; null when no such upload.</returns>
public sealed record AppendUploadChunkCommand(string? Key, long Offset, Stream Body, long? BodyLength = null, ChunkChecksum? Checksum = null)
    : ICommand<ResumableUpload?>;
