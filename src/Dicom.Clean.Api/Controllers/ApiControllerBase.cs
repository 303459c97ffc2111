using Dicom.Clean.Api.Contracts;
using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Application.Instances.Ingest;
using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Controllers;

/// <summary>Answers shared by the seed routes and the resource routes.</summary>
[ApiController]
public abstract class ApiControllerBase : ControllerBase
{
    /// <summary>201 with a Location for a new instance, 200 for one already stored.</summary>
    protected ActionResult<StoreResponse> StoreAnswer(StoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var body = StoreResponse.From(result);
        return result.Status == StoreStatus.Stored
            ? Created(KnownRoutes.InstanceLocation(result.Id), body)
            : Ok(body);
    }

    /// <summary>404 problem document for an unknown id.</summary>
    protected ObjectResult InstanceNotFound(string? id)
    {
        var problem = ProblemDetailsMap.InstanceNotFound(id);
        return Problem(problem.Detail, statusCode: problem.Status, title: problem.Title);
    }
}
