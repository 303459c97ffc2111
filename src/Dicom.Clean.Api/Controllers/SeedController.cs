using Dicom.Clean.Api.Contracts;
using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Application.Instances.Commands.ImportFromPath;
using Dicom.Clean.Application.Instances.Queries.GetInstanceImage;
using Dicom.Clean.Application.Instances.Queries.GetInstanceTags;
using Dicom.Clean.Application.Jobs.Commands.StartFolderImport;
using Dicom.Clean.Application.Jobs.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Controllers;

/// <summary>The seed service's three routes, kept exactly.</summary>
[Tags("Seed")]
public sealed class SeedController(ISender sender) : ApiControllerBase
{
    /// <summary>Largest <c>POST /dicom</c> body: a path in JSON needs no more (larger is a 413).</summary>
    public const int ImportRequestMaxBytes = 64 * 1024;

    /// <summary>Imports a file the server reads from an import root, or starts a job importing a folder.</summary>
    /// <remarks>
    /// A file: 201 with the new id; 200 with <c>status: AlreadyStored</c> for the same bytes again.
    /// A folder: 202 with <c>Location: /jobs/{id}</c>; every file below it is imported in the background.
    /// </remarks>
    [HttpPost(KnownRoutes.Dicom)]
    [Consumes(MediaTypes.Json)]
    [RequestSizeLimit(ImportRequestMaxBytes)]
    [ProducesResponseType<ImportJobSummaryDto>(StatusCodes.Status202Accepted, MediaTypes.Json)]
    [ProducesResponseType<StoreResponse>(StatusCodes.Status201Created, MediaTypes.Json)]
    [ProducesResponseType<StoreResponse>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<StoreResponse>> Import([FromBody] ImportRequest request, CancellationToken cancellationToken)
    {
        if (await sender.Send(new StartFolderImportCommand(request.Path), cancellationToken) is { } job)
        {
            return Accepted(KnownRoutes.JobLocation(job.Id), job);
        }

        var result = await sender.Send(new ImportFromPathCommand(request.Path), cancellationToken);
        return StoreAnswer(result);
    }

    /// <summary>Frame 1 of an instance as PNG (first window, else min-max).</summary>
    [HttpGet(KnownRoutes.Image)]
    [ProducesResponseType<Stream>(StatusCodes.Status200OK, MediaTypes.Png)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<IActionResult> Image([FromQuery] string? id, CancellationToken cancellationToken)
    {
        var image = await sender.Send(new GetInstanceImageQuery(id), cancellationToken);
        return image is null ? InstanceNotFound(id) : File(image.Content, image.MediaType);
    }

    /// <summary>Every element of an instance in file order, nested ones with their item path.</summary>
    [HttpGet(KnownRoutes.Tags)]
    [ProducesResponseType<TagsResponse>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<TagsResponse>> Tags([FromQuery] string? id, CancellationToken cancellationToken)
    {
        var tags = await sender.Send(new GetInstanceTagsQuery(id), cancellationToken);
        return tags is null ? InstanceNotFound(id) : TagsResponse.From(tags);
    }
}
