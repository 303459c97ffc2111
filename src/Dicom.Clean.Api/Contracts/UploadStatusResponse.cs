using System.Text.Json.Serialization;
using Dicom.Clean.Api.Uploads;
using Dicom.Clean.Application.Uploads.Common;
using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Contracts;

/// <summary>Answer of <c>GET /uploads/{key}</c>: progress, and once finished what ingest made of the file.</summary>
public sealed record UploadStatusResponse
{
    /// <summary>Upload key.</summary>
    public required string Key { get; init; }

    /// <summary>Announced length in bytes.</summary>
    public required long Length { get; init; }

    /// <summary>Bytes received and on disk.</summary>
    public required long Offset { get; init; }

    /// <summary>When the upload (or its outcome) is removed.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary><c>Receiving</c>, <c>Ingesting</c>, <c>Stored</c>, <c>AlreadyStored</c>, <c>Conflict</c> or <c>Unreadable</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The status <c>POST /instances</c> would have answered; absent until finished.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? IngestStatus { get; init; }

    /// <summary>The instance stored or already stored.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? InstanceId { get; init; }

    /// <summary>Why the file was refused, as <c>POST /instances</c> would have said it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProblemDetails? Error { get; init; }

    /// <summary>Maps an upload's state.</summary>
    public static UploadStatusResponse From(ResumableUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var outcome = upload.Outcome;
        return new UploadStatusResponse
        {
            Key = upload.Key,
            Length = upload.Length,
            Offset = upload.Offset,
            ExpiresAt = upload.ExpiresAt,
            Status = outcome?.Kind.ToString() ?? (upload.IsComplete ? "Ingesting" : "Receiving"),
            IngestStatus = outcome is null ? null : UploadProblems.StatusOf(outcome),
            InstanceId = outcome is { Succeeded: true } ? outcome.InstanceId : null,
            Error = outcome is null ? null : UploadProblems.ForOutcome(outcome),
        };
    }
}
