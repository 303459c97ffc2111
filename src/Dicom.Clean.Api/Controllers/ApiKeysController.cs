using Dicom.Clean.Api.Contracts;
using Dicom.Clean.Api.Infrastructure;
using Dicom.Clean.Api.Security;
using Dicom.Clean.Application.Security.Commands.CreateApiKey;
using Dicom.Clean.Application.Security.Commands.RevokeApiKey;
using Dicom.Clean.Application.Security.Queries.ListApiKeys;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dicom.Clean.Api.Controllers;

/// <summary>API keys: create (the token is shown once), list, revoke. Admins only.</summary>
[Tags("Security")]
[Authorize(Policy = SecurityPolicies.Admin)]
public sealed class ApiKeysController(ISender sender) : ApiControllerBase
{
    /// <summary>Creates a key; the answer holds its token, which is never shown again.</summary>
    [HttpPost(SecurityRoutes.Keys)]
    [Consumes(MediaTypes.Json)]
    [ProducesResponseType<CreatedApiKey>(StatusCodes.Status201Created, MediaTypes.Json)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<CreatedApiKey>> Create([FromBody] CreateApiKeyRequest request, CancellationToken cancellationToken)
    {
        var created = await sender.Send(new CreateApiKeyCommand(request.Role, request.Name), cancellationToken);
        return Created($"{SecurityRoutes.Keys}/{created.Id}", created);
    }

    /// <summary>Every key (configured and stored), without tokens or hashes.</summary>
    [HttpGet(SecurityRoutes.Keys)]
    [ProducesResponseType<IReadOnlyList<ApiKeyDto>>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<ActionResult<IReadOnlyList<ApiKeyDto>>> List(CancellationToken cancellationToken) =>
        Ok(await sender.Send(new ListApiKeysQuery(), cancellationToken));

    /// <summary>Revokes a key at once; it stays listed (and named in the audit log).</summary>
    [HttpDelete(SecurityRoutes.Key)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, MediaTypes.ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, MediaTypes.ProblemJson)]
    public async Task<IActionResult> Revoke(string id, CancellationToken cancellationToken) =>
        await sender.Send(new RevokeApiKeyCommand(id), cancellationToken)
            ? NoContent()
            : Problem($"No key has the id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Key not found.");
}
