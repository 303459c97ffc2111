using Dicom.Clean.Application.Uploads.Common;
using Mediator;

namespace Dicom.Clean.Application.Uploads.Queries.GetUpload;

/// <summary>An upload's offset, length and outcome (tus HEAD, and <c>GET /uploads/{key}</c>). Null when unknown.</summary>
/// <param name="Key">Upload key.</param>
public sealed record GetUploadQuery(string? Key) : IQuery<ResumableUpload?>;
