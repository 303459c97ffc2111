using System.Globalization;
using Dicom.Clean.Api.Contracts;
using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Api.Uploads;
using Dicom.Clean.Application.Uploads.Commands.AppendUploadChunk;
using Dicom.Clean.Application.Uploads.Commands.CreateUpload;
using Dicom.Clean.Application.Uploads.Commands.DeleteUpload;
using Dicom.Clean.Application.Uploads.Common;
using Dicom.Clean.Application.Uploads.Queries.GetUpload;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Api.Controllers;

/// <summary>
/// Resumable uploads, tus 1.0 (core, creation, creation-with-upload, termination, checksum with
/// sha1, expiration). A finished upload is ingested like <c>POST /instances</c>; its outcome comes
/// back in <c>Dicom-*</c> headers on the last PATCH and HEAD, and as JSON on GET.
/// </summary>
[Tags("Uploads")]
[TusProtocol]
public sealed class UploadsController(ISender sender, IOptions<UploadOptions> options) : ApiControllerBase
{
    /// <summary>What the server supports.</summary>
    [HttpOptions(KnownUploadRoutes.Uploads)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public IActionResult Discover()
    {
        var headers = Response.Headers;
        headers[TusHeaders.TusVersion] = TusHeaders.Version;
        headers[TusHeaders.TusExtension] = TusHeaders.Extensions;
        headers[TusHeaders.TusMaxSize] = options.Value.MaxFileBytes.ToString(CultureInfo.InvariantCulture);
        headers[TusHeaders.TusChecksumAlgorithm] = ChunkChecksum.Sha1;
        return NoContent();
    }

    /// <summary>Creates an upload (<c>Upload-Length</c>, optional <c>Upload-Metadata</c>), optionally with its first chunk.</summary>
    [HttpPost(KnownUploadRoutes.Uploads)]
    [UploadSizeLimit]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(TusHeaders.ChecksumMismatchStatus, MediaTypes.ProblemJson)]
    public async Task<IActionResult> Create()
    {
        var length = TusHeaderParser.Length(Request, TusHeaders.UploadLength)
            ?? throw new BadHttpRequestException($"'{TusHeaders.UploadLength}' is required (deferred lengths are not supported).");
        var hasBody = Request.ContentLength > 0 || (Request.ContentLength is null && Request.Headers.TransferEncoding.Count > 0);
        if (hasBody && !IsChunkType())
        {
            return UnsupportedChunkType();
        }

        var command = new CreateUploadCommand(length, TusHeaderParser.Metadata(Request),
            hasBody ? Request.Body : null, Request.ContentLength, TusHeaderParser.Checksum(Request));
        var upload = await sender.Send(command, HttpContext.RequestAborted);
        WriteProgressHeaders(upload);
        return Created(KnownUploadRoutes.UploadLocation(upload.Key), null);
    }

    /// <summary>Offset, length, metadata and expiry; once finished the outcome headers.</summary>
    [HttpHead(KnownUploadRoutes.Upload)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status410Gone)]
    public async Task<IActionResult> Head(string key, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var upload = await sender.Send(new GetUploadQuery(key), cancellationToken);
        if (upload is null)
        {
            return UploadNotFound(key);
        }

        WriteProgressHeaders(upload);
        Response.Headers[TusHeaders.UploadLength] = upload.Length.ToString(CultureInfo.InvariantCulture);
        if (upload.Metadata.Count > 0)
        {
            Response.Headers[TusHeaders.UploadMetadata] = TusHeaderParser.FormatMetadata(upload.Metadata);
        }

        return Ok();
    }

    /// <summary>Progress and outcome as JSON (not part of tus).</summary>
    [HttpGet(KnownUploadRoutes.Upload)]
    [ProducesResponseType<UploadStatusResponse>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status410Gone, MediaTypes.ProblemJson)]
    public async Task<ActionResult<UploadStatusResponse>> Status(string key, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var upload = await sender.Send(new GetUploadQuery(key), cancellationToken);
        return upload is null ? UploadNotFound(key) : UploadStatusResponse.From(upload);
    }

    /// <summary>Appends a chunk at <c>Upload-Offset</c>; the last chunk's answer carries the outcome headers.</summary>
    [HttpPatch(KnownUploadRoutes.Upload)]
    [UploadSizeLimit]
    [Consumes(TusHeaders.OffsetOctetStream)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status410Gone, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status423Locked, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(TusHeaders.ChecksumMismatchStatus, MediaTypes.ProblemJson)]
    public async Task<IActionResult> Append(string key)
    {
        var offset = TusHeaderParser.Length(Request, TusHeaders.UploadOffset)
            ?? throw new BadHttpRequestException($"'{TusHeaders.UploadOffset}' is required.");
        var command = new AppendUploadChunkCommand(key, offset, Request.Body, Request.ContentLength, TusHeaderParser.Checksum(Request));
        var upload = await sender.Send(command, HttpContext.RequestAborted);
        if (upload is null)
        {
            return UploadNotFound(key);
        }

        WriteProgressHeaders(upload);
        return NoContent();
    }

    /// <summary>Removes an upload and its bytes (an instance it stored stays).</summary>
    [HttpDelete(KnownUploadRoutes.Upload)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status423Locked, MediaTypes.ProblemJson)]
    public async Task<IActionResult> Delete(string key, CancellationToken cancellationToken) =>
        await sender.Send(new DeleteUploadCommand(key), cancellationToken) ? NoContent() : UploadNotFound(key);

    private bool IsChunkType() =>
        string.Equals(Request.ContentType?.Split(';')[0].Trim(), TusHeaders.OffsetOctetStream, StringComparison.OrdinalIgnoreCase);

    private ObjectResult UnsupportedChunkType() =>
        Problem($"A chunk must be sent as '{TusHeaders.OffsetOctetStream}'.", statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type.");

    private ObjectResult UploadNotFound(string key) =>
        Problem($"No upload has the key '{key}'.", statusCode: StatusCodes.Status404NotFound, title: "Upload not found.");

    private void WriteProgressHeaders(ResumableUpload upload)
    {
        var headers = Response.Headers;
        headers[TusHeaders.UploadOffset] = upload.Offset.ToString(CultureInfo.InvariantCulture);
        headers[TusHeaders.UploadExpires] = upload.ExpiresAt.ToString("r", CultureInfo.InvariantCulture);
        if (upload.Outcome is { } outcome)
        {
            headers[TusHeaders.IngestStatus] = UploadProblems.StatusOf(outcome).ToString(CultureInfo.InvariantCulture);
            if (outcome.InstanceId is { } id)
            {
                headers[TusHeaders.InstanceId] = id;
            }

            if (outcome.Reason is { } reason)
            {
                headers[TusHeaders.IngestError] = HeaderSafe(reason);
            }
        }
    }

    // Reasons are ours, but a header value must be visible ASCII.
    private static string HeaderSafe(string text) =>
        new(text.Select(c => c is >= ' ' and < (char)127 ? c : '?').Take(500).ToArray());
}
