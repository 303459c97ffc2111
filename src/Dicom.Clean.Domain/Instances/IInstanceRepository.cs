namespace Dicom.Clean.Domain.Instances;

/// <summary>
/// Persistence of the instance aggregate. Each write is its own transaction: an instance and all
/// its tag values are stored, or removed, together or not at all.
/// </summary>
public interface IInstanceRepository
{
    /// <summary>The instance without its tag values, or null.</summary>
    Task<DicomInstance?> FindAsync(InstanceId id, CancellationToken cancellationToken);

    /// <summary>The instance with its tag values in file order, or null.</summary>
    Task<DicomInstance?> FindWithTagsAsync(InstanceId id, CancellationToken cancellationToken);

    /// <summary>The instance whose original has this SHA-256, or null.</summary>
    Task<DicomInstance?> FindBySha256Async(string sha256, CancellationToken cancellationToken);

    /// <summary>The instance with this SOP Instance UID (its latest version), or null.</summary>
    Task<DicomInstance?> FindBySopInstanceUidAsync(string sopInstanceUid, CancellationToken cancellationToken);

    /// <summary>A page of instances matching the filter, newest first.</summary>
    /// <param name="filter">Exact-match criteria.</param>
    /// <param name="skip">Instances to skip.</param>
    /// <param name="take">Page size.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<InstancePage> ListAsync(InstanceFilter filter, int skip, int take, CancellationToken cancellationToken);

    /// <summary>Stores a new instance and its tag values in one transaction.</summary>
    /// <exception cref="DuplicateInstanceException">Same hash or SOP Instance UID committed meanwhile.</exception>
    Task AddAsync(DicomInstance instance, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new instance as the next version of its SOP Instance UID: the version is assigned
    /// under the write lock (one more than the highest stored), so concurrent versions never collide.
    /// </summary>
    /// <exception cref="DuplicateInstanceException">Same hash committed meanwhile.</exception>
    Task AddAsNewVersionAsync(DicomInstance instance, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the instance's default image is stored under <paramref name="renderedKey"/>
    /// (the blob must already be durable). False when the instance is not stored (deleted meanwhile).
    /// </summary>
    Task<bool> SetRenderedImageAsync(InstanceId id, string renderedKey, CancellationToken cancellationToken);

    /// <summary>Removes an instance and its tag values in one transaction; false when it was not there.</summary>
    Task<bool> RemoveAsync(InstanceId id, CancellationToken cancellationToken);
}
