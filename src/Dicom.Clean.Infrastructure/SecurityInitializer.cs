using Dicom.Clean.Infrastructure.Encryption;
using Dicom.Clean.Infrastructure.Persistence.Security;
using Dicom.Clean.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Infrastructure;

/// <summary>
/// Prepares security before the first request: migrates the security tables, reads the configured
/// API keys, loads the blob keys (creating the key file on a fresh installation when allowed) and
/// proves they are the keys the stored blobs were written with. Any problem stops the start with
/// a <see cref="BlobEncryptionException"/> or <see cref="InvalidOperationException"/> saying what to do.
/// </summary>
public static partial class SecurityInitializer
{
    /// <summary>Call once after <c>InitialiseInfrastructureAsync</c>, before serving.</summary>
    public static async Task InitialiseSecurityAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        _ = services.GetRequiredService<ConfiguredApiKeys>();
        await services.InitialiseSecurityDatabaseAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityDbContext>();
        var settings = services.GetRequiredService<EncryptionSettings>();
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SecurityInitializer));
        if (settings.Options is { CreateKeyFile: true, Keys.Count: 0 } && !File.Exists(settings.KeyFilePath)
            && !await BlobKeyChecks.AnyAsync(db, cancellationToken))
        {
            var key = BlobKeyFile.AddNewKey(settings.KeyFilePath, null, clock);
            LogKeyFileCreated(logger, key.Id, settings.KeyFilePath);
        }

        var keyring = services.GetRequiredService<BlobKeyring>();
        await BlobKeyChecks.VerifyAsync(db, keyring, services.GetRequiredService<InfrastructureSettings>().BlobRoot, clock, cancellationToken);
        LogEncryptionReady(logger, keyring.Active.Id, keyring.Keys.Count);
    }

    /// <summary>Migrates the security tables only (for commands that must run before the keys are right).</summary>
    public static async Task InitialiseSecurityDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SecurityDbContext>().Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Adds a new random blob key to the key file and makes it active; returns its id.</summary>
    public static string AddBlobKey(this IServiceProvider services, string? id)
    {
        var settings = services.GetRequiredService<EncryptionSettings>();
        return BlobKeyFile.AddNewKey(settings.KeyFilePath, id, services.GetRequiredService<TimeProvider>()).Id;
    }

    /// <summary>
    /// Rewrites every blob under the active key; when none failed, forgets the other keys' check
    /// values, so they may be removed from configuration.
    /// </summary>
    public static async Task<ReencryptionReport> ReencryptBlobsAsync(this IServiceProvider services, TextWriter progress, CancellationToken cancellationToken = default)
    {
        await services.InitialiseSecurityDatabaseAsync(cancellationToken);
        var report = await services.GetRequiredService<BlobReencryptor>().RunAsync(progress, cancellationToken);
        if (report.Failed == 0)
        {
            await using var scope = services.CreateAsyncScope();
            await BlobKeyChecks.RetireAllButAsync(
                scope.ServiceProvider.GetRequiredService<SecurityDbContext>(), services.GetRequiredService<BlobKeyring>(),
                services.GetRequiredService<TimeProvider>(), cancellationToken);
        }

        return report;
    }

    /// <summary>The id of the key that encrypts new blobs.</summary>
    public static string ActiveBlobKeyId(this IServiceProvider services) => services.GetRequiredService<BlobKeyring>().Active.Id;

    [LoggerMessage(EventId = 800, Level = LogLevel.Warning,
        Message = "Created blob key {KeyId} in a new key file at {KeyFilePath}: back it up, and keep it off the data volume in production")]
    private static partial void LogKeyFileCreated(ILogger logger, string keyId, string keyFilePath);

    [LoggerMessage(EventId = 801, Level = LogLevel.Information, Message = "Blob encryption ready: active key {KeyId}, {KeyCount} keys configured")]
    private static partial void LogEncryptionReady(ILogger logger, string keyId, int keyCount);
}
