using Dicom.Clean.Application.Uploads.Common;
using Mediator;

namespace Dicom.Clean.Application.Uploads.Commands.CreateUpload;

/// <summary>Creates a resumable upload (tus creation), optionally with its first chunk (creation-with-upload).</summary>
/// <param name="Length">The file's total length (<c>Upload-Length</c>).</param>
/// <param name="Metadata">Decoded <c>Upload-Metadata</c> pairs.</param>
/// <param name="FirstChunk">The first chunk, or null for an empty request.</param>
/// <param name="FirstChunkLength">The chunk's declared length, when known.</param>
/// <param name="Checksum">The chunk's <c>Upload-Checksum</c>, if any.</param>
public sealed record CreateUploadCommand(
    long Length,
    IReadOnlyDictionary<string, string> Metadata,
    Stream? FirstChunk = null,
    long? FirstChunkLength = null,
    ChunkChecksum? Checksum = null) : ICommand<ResumableUpload>;
