using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Api.Security;
using Dicom.Clean.Application.Security.Queries.ListAuditEntries;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Controllers;

/// <summary>The audit log: who read, stored or deleted which instance, when, from where. Admins only.</summary>
[Tags("Security")]
[Authorize(Policy = SecurityPolicies.Admin)]
public sealed class AuditController(ISender sender) : ApiControllerBase
{
    /// <summary>Audit entries, newest first, filtered by key, instance, action and time.</summary>
    /// <param name="page">One-based page.</param>
    /// <param name="pageSize">1 to 1000 (default 100).</param>
    /// <param name="keyId">Only this caller (key id, <c>anonymous</c>, <c>jwt:subject</c>).</param>
    /// <param name="instanceId">Only this instance.</param>
    /// <param name="action">Only this action: Read, List, Store, StoreDuplicate, Delete, KeyCreate, KeyRevoke, AuditRead, Denied.</param>
    /// <param name="from">At or after (ISO 8601).</param>
    /// <param name="to">Before (ISO 8601).</param>
    /// <param name="cancellationToken">Request abort.</param>
    [HttpGet(SecurityRoutes.Audit)]
    [ProducesResponseType<AuditEntryListDto>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<AuditEntryListDto>> List(
        [FromQuery] int page = 1,
        [FromQuery] int pageSize = 100,
        [FromQuery] string? keyId = null,
        [FromQuery] string? instanceId = null,
        [FromQuery] string? action = null,
        [FromQuery] DateTimeOffset? from = null,
        [FromQuery] DateTimeOffset? to = null,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new ListAuditEntriesQuery(page, pageSize, keyId, instanceId, action, from, to), cancellationToken);
}
