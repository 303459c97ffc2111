using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Contracts;

/// <summary>The outcome of one file of a multipart upload.</summary>
public sealed record UploadResultResponse
{
    /// <summary>Zero-based position of the file in the upload.</summary>
    public required int Index { get; init; }

    /// <summary>The status the file would have had alone: 201, 200, 409, 422...</summary>
    public required int StatusCode { get; init; }

    /// <summary>Server id when stored or already stored.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    /// <summary><c>Stored</c>, <c>AlreadyStored</c> or <c>Failed</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The problem document when the file failed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProblemDetails? Error { get; init; }
}
