using Dicom.Clean.Infrastructure;

namespace Dicom.Clean.Api.Cli;

/// <summary>Blob key rotation from the command line: add a key, then re-encrypt under it.</summary>
internal static class BlobCommands
{
    public static async Task<int> NewKeyAsync(IServiceProvider services, string? id, TextWriter output, TextWriter error)
    {
        var keyId = services.AddBlobKey(id);
        await output.WriteLineAsync(keyId);
        await error.WriteLineAsync(
            $"Added blob key {keyId} to the key file and made it active. Restart the service, then run 'blobs reencrypt' "
            + "to move existing blobs to it; keep the old keys until that has finished.");
        return 0;
    }

    public static async Task<int> ReencryptAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        var report = await services.ReencryptBlobsAsync(error);
        await output.WriteLineAsync(
            $"{report.Rewritten} re-encrypted, {report.Encrypted} plaintext encrypted, {report.AlreadyCurrent} already under key "
            + $"{services.ActiveBlobKeyId()}, {report.Failed} failed");
        if (report.Failed > 0)
        {
            await error.WriteLineAsync("Some blobs failed: the older keys are still needed. Fix the failures and run again.");
            return 1;
        }

        await error.WriteLineAsync("Every blob is under the active key: the other keys may now be removed from the configuration.");
        return 0;
    }
}
