using Dicom.Clean.Infrastructure.Persistence.Security;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Encryption;

/// <summary>
/// Start-up proof that the configured keys can read the stored blobs: the database keeps, per key
/// that ever encrypted blobs, an HMAC check value. A configured key with another check value is the
/// wrong key; a recorded key that is not configured is a missing one. Both stop the start.
/// </summary>
internal static class BlobKeyChecks
{
    public static async Task VerifyAsync(SecurityDbContext db, BlobKeyring keyring, string blobRoot, TimeProvider clock, CancellationToken cancellationToken)
    {
        var checks = await db.BlobKeyChecks.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var check in checks)
        {
            var key = keyring.Find(check.KeyId)
                ?? throw new BlobEncryptionException(
                    $"Blobs were encrypted under key '{check.KeyId}', which is not configured. Configure it again "
                    + "(Encryption:Keys or the key file); to retire it, run 'blobs reencrypt' first.");
            if (!string.Equals(key.CheckValue(), check.CheckValue, StringComparison.Ordinal))
            {
                throw new BlobEncryptionException(
                    $"The configured key '{check.KeyId}' is not the key blobs were encrypted with (its check value differs): wrong key.");
            }
        }

        if (checks.Count == 0 && HasStoredBlobs(blobRoot))
        {
            throw new BlobEncryptionException(
                "The blob root holds blobs written before encryption at rest: run 'blobs reencrypt' once to encrypt them, then start again.");
        }

        if (checks.All(c => c.KeyId != keyring.Active.Id))
        {
            db.BlobKeyChecks.Add(new BlobKeyCheck { KeyId = keyring.Active.Id, CheckValue = keyring.Active.CheckValue(), FirstUsedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public static async Task<bool> AnyAsync(SecurityDbContext db, CancellationToken cancellationToken) =>
        await db.BlobKeyChecks.AnyAsync(cancellationToken);

    /// <summary>After a full re-encryption: only the active key remains in use.</summary>
    public static async Task RetireAllButAsync(SecurityDbContext db, BlobKeyring keyring, TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.BlobKeyChecks.Where(c => c.KeyId != keyring.Active.Id).ExecuteDeleteAsync(cancellationToken);
        if (!await db.BlobKeyChecks.AnyAsync(c => c.KeyId == keyring.Active.Id, cancellationToken))
        {
            db.BlobKeyChecks.Add(new BlobKeyCheck { KeyId = keyring.Active.Id, CheckValue = keyring.Active.CheckValue(), FirstUsedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public static IEnumerable<string> StoredBlobFiles(string blobRoot) =>
        Directory.Exists(blobRoot)
            ? Directory.EnumerateFiles(blobRoot, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(blobRoot, f).StartsWith(Storage.DiskBlobStore.TempFolderName + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            : [];

    private static bool HasStoredBlobs(string blobRoot) => StoredBlobFiles(blobRoot).Any();
}
