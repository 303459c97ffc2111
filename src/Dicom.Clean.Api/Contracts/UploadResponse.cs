namespace Dicom.Clean.Api.Contracts;

/// <summary>Answer of a multipart upload: one result per file, in upload order.</summary>
/// <param name="Results">Per-file outcomes.</param>
public sealed record UploadResponse(IReadOnlyList<UploadResultResponse> Results);
