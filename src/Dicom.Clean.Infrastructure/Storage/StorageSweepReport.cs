namespace Dicom.Clean.Infrastructure.Storage;

/// <summary>What the start-up sweep found and did.</summary>
/// <param name="TemporaryFilesRemoved">Temporary blobs of writes a crash interrupted, removed.</param>
/// <param name="OrphanBlobsRemoved">Instance blobs whose instance has no row (a crash between the blob rename and the commit), removed.</param>
/// <param name="OrphanBlobsKept">Orphan blobs left in place because the database holds no instance at all (a wrong connection string, not a crash).</param>
/// <param name="UnexpectedBlobsKept">Blobs named after a stored instance but not among its keys: left alone, reported.</param>
/// <param name="InstancesWithMissingBlobs">Ids of stored instances whose original or rendered blob is missing.</param>
/// <param name="UnrecordedImagesRemoved">Default images of stored instances written after the answer but not yet recorded on the row (a stop in between), removed.</param>
public sealed record StorageSweepReport(
    int TemporaryFilesRemoved,
    int OrphanBlobsRemoved,
    int OrphanBlobsKept,
    int UnexpectedBlobsKept,
    IReadOnlyList<string> InstancesWithMissingBlobs,
    int UnrecordedImagesRemoved)
{
    /// <summary>True when rows and blobs agree (after removing what a crash left).</summary>
    public bool IsConsistent => OrphanBlobsKept == 0 && UnexpectedBlobsKept == 0 && InstancesWithMissingBlobs.Count == 0;
}
