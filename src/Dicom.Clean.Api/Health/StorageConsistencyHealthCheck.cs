using Dicom.Clean.Infrastructure.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dicom.Clean.Api.Health;

/// <summary>
/// Degraded when the start-up sweep found stored instances whose blobs are missing, or blobs it
/// would not remove: the service still serves, but an operator must look (ids are in the log).
/// </summary>
public sealed class StorageConsistencyHealthCheck(StorageConsistency consistency) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var sweep = consistency.LastSweep;
        if (sweep is null || sweep.IsConsistent)
        {
            return Task.FromResult(HealthCheckResult.Healthy());
        }

        return Task.FromResult(HealthCheckResult.Degraded(
            $"{sweep.InstancesWithMissingBlobs.Count} stored instances miss a blob; {sweep.OrphanBlobsKept + sweep.UnexpectedBlobsKept} blobs without a matching row were kept."));
    }
}
