using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Application.Jobs.Queries.GetImportJob;
using Dicom.Clean.Application.Jobs.Queries.ListImportJobFailures;
using Dicom.Clean.Application.Jobs.Queries.ListImportJobs;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Controllers;

/// <summary>Folder import jobs, started by <c>POST /dicom</c> with a folder path.</summary>
[Tags("Jobs")]
public sealed class JobsController(ISender sender) : ApiControllerBase
{
    /// <summary>Jobs with their counts, newest first.</summary>
    [HttpGet(KnownRoutes.Jobs)]
    [ProducesResponseType<ImportJobListDto>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<ImportJobListDto>> List(
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = ListImportJobsQuery.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new ListImportJobsQuery(page, pageSize), cancellationToken);

    /// <summary>A job's report: state, total, done, stored, duplicates, failed, and its first failures with reasons.</summary>
    [HttpGet(KnownRoutes.Job)]
    [ProducesResponseType<ImportJobDto>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<ImportJobDto>> Get(string id, CancellationToken cancellationToken)
    {
        var job = await sender.Send(new GetImportJobQuery(id), cancellationToken);
        return job is null ? JobNotFound(id) : job;
    }

    /// <summary>Every failed file of a job with its reason, in listing order, one page at a time.</summary>
    [HttpGet(KnownRoutes.JobFailures)]
    [ProducesResponseType<ImportFailureListDto>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<ImportFailureListDto>> Failures(
        string id,
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = ListImportJobFailuresQuery.DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        var failures = await sender.Send(new ListImportJobFailuresQuery(id, page, pageSize), cancellationToken);
        return failures is null ? JobNotFound(id) : failures;
    }

    private ObjectResult JobNotFound(string id) =>
        Problem($"No job has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Job not found.");
}
