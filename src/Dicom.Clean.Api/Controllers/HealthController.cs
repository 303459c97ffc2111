using Dicom.Clean.Api.Contracts;
using Dicom.Clean.Api.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dicom.Clean.Api.Controllers;

/// <summary>Liveness and readiness.</summary>
[Tags("Health")]
[AllowAnonymous] // Orchestrators and load balancers probe without a key; nothing here names an instance.
public sealed class HealthController(HealthCheckService health) : ApiControllerBase
{
    /// <summary>Checks the database and the blob root: 200 when both work, 503 otherwise.</summary>
    [HttpGet(KnownRoutes.Health)]
    [ProducesResponseType<HealthResponse>(StatusCodes.Status200OK, MediaTypes.Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, MediaTypes.ProblemJson)]
    public async Task<ActionResult<HealthResponse>> Health(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        var checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString(), StringComparer.Ordinal);
        if (report.Status == HealthStatus.Unhealthy)
        {
            var failing = string.Join(", ", report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key));
            var problem = Problem($"Failing checks: {failing}.", statusCode: StatusCodes.Status503ServiceUnavailable, title: "The service is not healthy.");
            ((ProblemDetails)problem.Value!).Extensions["checks"] = checks;
            return problem;
        }

        return new HealthResponse(report.Status.ToString(), checks);
    }

    /// <summary>Answers 200 while the process runs; checks nothing else.</summary>
    [HttpGet(KnownRoutes.Heartbeat)]
    [ProducesResponseType<HeartbeatResponse>(StatusCodes.Status200OK, MediaTypes.Json)]
    public ActionResult<HeartbeatResponse> Heartbeat() => new HeartbeatResponse("alive");
}
