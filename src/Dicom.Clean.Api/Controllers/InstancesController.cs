using Dicom.Clean.Api.Contracts;
using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Api.Uploads;
using Dicom.Clean.Application.Instances.Commands.DeleteInstance;
using Dicom.Clean.Application.Instances.Commands.StoreInstance;
using Dicom.Clean.Application.Instances.Queries.GetInstance;
using Dicom.Clean.Application.Instances.Queries.GetInstanceImage;
using Dicom.Clean.Application.Instances.Queries.GetInstanceTags;
using Dicom.Clean.Application.Instances.Queries.GetOriginalFile;
using Dicom.Clean.Application.Instances.Queries.ListInstances;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Dicom.Clean.Api.Controllers;

/// <summary>The instance resource: store, list, read, render, download, delete.</summary>
[Tags("Instances")]
public sealed class InstancesController(ISender sender) : ApiControllerBase
{
    /// <summary>Stores files sent in the body.</summary>
    /// <remarks>
    /// <c>application/dicom</c>: one file, answered like <c>POST /dicom</c> (201, 200 AlreadyStored,
    /// 409, 422). <c>multipart/form-data</c>: any number of file parts, answered 207 with one
    /// result per file, each with the status it would have had alone.
    /// </remarks>
    [HttpPost(KnownRoutes.Instances)]
    [Consumes(MediaTypes.Dicom, MediaTypes.MultipartFormData)]
    [UploadSizeLimit]
    [ProducesResponseType<StoreResponse>(StatusCodes.Status201Created, MediaTypes.Json)]
    [ProducesResponseType<StoreResponse>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<UploadResponse>(StatusCodes.Status207MultiStatus, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<IActionResult> Store()
    {
        // No bound parameters at all: binding any would make MVC read (and buffer) the whole form.
        var cancellationToken = HttpContext.RequestAborted;
        if (string.IsNullOrEmpty(Request.ContentType))
        {
            // [Consumes] lets a request without Content-Type through; a body must say what it is.
            return Problem($"Send '{MediaTypes.Dicom}' or '{MediaTypes.MultipartFormData}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type.");
        }

        if (!Request.HasFormContentType)
        {
            var result = await sender.Send(new StoreInstanceCommand(Request.Body), cancellationToken);
            return StoreAnswer(result).Result!;
        }

        var results = new List<UploadResultResponse>();
        await foreach (var file in MultipartFileSections.ReadAsync(Request, cancellationToken))
        {
            results.Add(await StoreOneAsync(results.Count, file, cancellationToken));
        }

        if (results.Count == 0)
        {
            return Problem("The multipart body holds no file part.", statusCode: StatusCodes.Status400BadRequest, title: "No file sent.");
        }

        return StatusCode(StatusCodes.Status207MultiStatus, new UploadResponse(results));
    }

    /// <summary>Instances, newest first, one page at a time, filtered by exact matches.</summary>
    [HttpGet(KnownRoutes.Instances)]
    [ProducesResponseType<InstanceListDto>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<InstanceListDto>> List(
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = ListInstancesQuery.DefaultPageSize,
        [FromQuery] string? patientId = null,
        [FromQuery] string? studyInstanceUid = null,
        [FromQuery] string? seriesInstanceUid = null,
        [FromQuery] string? modality = null,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new ListInstancesQuery(page, pageSize, patientId, studyInstanceUid, seriesInstanceUid, modality), cancellationToken);

    /// <summary>One instance's attributes.</summary>
    [HttpGet(KnownRoutes.Instance)]
    [ProducesResponseType<InstanceDto>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<InstanceDto>> Get(string id, CancellationToken cancellationToken)
    {
        var instance = await sender.Send(new GetInstanceQuery(id), cancellationToken);
        return instance is null ? InstanceNotFound(id) : instance;
    }

    /// <summary>Every element of an instance, as <c>GET /tags</c> answers.</summary>
    [HttpGet(KnownRoutes.InstanceTags)]
    [ProducesResponseType<TagsResponse>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<TagsResponse>> Tags(string id, CancellationToken cancellationToken)
    {
        var tags = await sender.Send(new GetInstanceTagsQuery(id), cancellationToken);
        return tags is null ? InstanceNotFound(id) : TagsResponse.From(tags);
    }

    /// <summary>A frame rendered as PNG or JPEG.</summary>
    /// <param name="id">Server id.</param>
    /// <param name="frame">One-based frame number (default 1).</param>
    /// <param name="window"><c>center,width</c> in modality units; default the file's first window, else min-max.</param>
    /// <param name="format"><c>png</c> (default) or <c>jpeg</c>.</param>
    /// <param name="cancellationToken">Request abort.</param>
    [HttpGet(KnownRoutes.InstanceImage)]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, MediaTypes.Png, MediaTypes.Jpeg)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<IActionResult> Image(
        string id,
        [FromQuery] int frame = 1,
        [FromQuery] string? window = null,
        [FromQuery] string? format = null,
        CancellationToken cancellationToken = default)
    {
        var image = await sender.Send(new GetInstanceImageQuery(id, frame, window, format), cancellationToken);
        return image is null ? InstanceNotFound(id) : File(image.Content, image.MediaType);
    }

    /// <summary>The original file, byte for byte, with range support.</summary>
    [HttpGet(KnownRoutes.InstanceFile)]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, MediaTypes.Dicom)]
    [ProducesResponseType<Stream>(StatusCodes.Status206PartialContent, MediaTypes.Dicom)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<IActionResult> File(string id, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new GetOriginalFileQuery(id), cancellationToken);
        return file is null
            ? InstanceNotFound(id)
            : File(file.Content, MediaTypes.Dicom, fileDownloadName: null, lastModified: null,
                entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }

    /// <summary>Deletes an instance: its rows and its blobs.</summary>
    [HttpDelete(KnownRoutes.Instance)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken) =>
        await sender.Send(new DeleteInstanceCommand(id), cancellationToken) ? NoContent() : InstanceNotFound(id);

    private async Task<UploadResultResponse> StoreOneAsync(int index, Stream file, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.Send(new StoreInstanceCommand(file), cancellationToken);
            var answer = StoreResponse.From(result);
            return new UploadResultResponse
            {
                Index = index,
                Id = result.Id,
                StatusCode = answer.Status is null ? StatusCodes.Status201Created : StatusCodes.Status200OK,
                Status = result.Status.ToString(),
            };
        }
        catch (Exception ex) when (ex is not BadHttpRequestException
                                   && ProblemDetailsMap.ToProblem(ex) is { Status: < StatusCodes.Status500InternalServerError } problem)
        {
            // A refused file does not stop the others; a bug (5xx), or a body the server cannot
            // read on (too large, cut short), still fails the request.
            return new UploadResultResponse { Index = index, StatusCode = problem.Status!.Value, Status = "Failed", Error = problem };
        }
    }
}
