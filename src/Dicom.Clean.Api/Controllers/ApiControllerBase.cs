using Dicom.Clean.Api.Contracts;
using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Api.Security;
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
    /// enabled, ranges (206). A client may keep the bytes but must revalidate every use, so each
    /// view is authorized and audited and costs a 304 without body (see docs/security.md).
    /// </summary>
    protected IActionResult StoredFile(Stream? content, string? plainFilePath, string mediaType, string entityTag, bool enableRangeProcessing)
    {
        Response.Headers.CacheControl = "private, no-cache";
        Response.Headers.Vary = $"{HeaderNames.Authorization}, {SecurityClaims.ApiKeyHeader}";
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
