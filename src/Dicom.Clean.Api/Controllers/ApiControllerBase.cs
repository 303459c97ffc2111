using Dicom.Clean.Api.Contracts;
using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Application.Instances.Ingest;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

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

    /// <summary>
    /// A stored image or original: its plain file sent from disk when there is one, else the
    /// stream. The file result answers conditional requests (304 on <c>If-None-Match</c>) and, when
    /// enabled, ranges (206). Cacheable by the client only: the bytes under an id never change
    /// (ids are never reused) but are patient data; a day bounds how long a deleted instance's
    /// copy can stay in a browser cache.
    /// </summary>
    protected IActionResult StoredFile(Stream? content, string? plainFilePath, string mediaType, string entityTag, bool enableRangeProcessing)
    {
        Response.Headers.CacheControl = "private, max-age=86400";
        var tag = EntityTagHeaderValue.Parse(entityTag);
        return plainFilePath is not null
            ? PhysicalFile(plainFilePath, mediaType, fileDownloadName: null, lastModified: null, entityTag: tag, enableRangeProcessing)
            : File(content ?? throw new ArgumentNullException(nameof(content)), mediaType, fileDownloadName: null, lastModified: null, entityTag: tag, enableRangeProcessing);
    }

    /// <summary>404 problem document for an unknown id.</summary>
    protected ObjectResult InstanceNotFound(string? id)
    {
        var problem = ProblemDetailsMap.InstanceNotFound(id);
        return Problem(problem.Detail, statusCode: problem.Status, title: problem.Title);
    }
}
