using Dicom.Clean.Infrastructure.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dicom.Clean.Api.Health;

/// <summary>Healthy when the blob root exists and a file can be written and removed in it.</summary>
public sealed class BlobStoreHealthCheck(StorageOptions storage) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(storage.Root))
        {
            return HealthCheckResult.Unhealthy("The blob root does not exist.");
        }

        var probe = Path.Combine(storage.Root, $".health-{Guid.NewGuid():N}");
        try
        {
            await File.WriteAllBytesAsync(probe, [1], cancellationToken);
            File.Delete(probe);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("The blob root is not writable.", ex);
        }
    }
}
