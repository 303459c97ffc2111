namespace Dicom.Clean.Domain.Jobs;

/// <summary>Persistence of folder import jobs and their files.</summary>
public interface IImportJobRepository
{
    /// <summary>Stores a new job.</summary>
    Task AddAsync(ImportJob job, CancellationToken cancellationToken);

    /// <summary>The job, or null.</summary>
    Task<ImportJob?> FindAsync(ImportJobId id, CancellationToken cancellationToken);

    /// <summary>The oldest job not finished (running ones first), or null.</summary>
    Task<ImportJob?> FindNextUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>Saves the job's state, in one transaction with <paramref name="listedFiles"/> when given (the listing of a job that starts).</summary>
    Task SaveAsync(ImportJob job, IReadOnlyList<string>? listedFiles, CancellationToken cancellationToken);

    /// <summary>Files left in progress when the service stopped, in listing order.</summary>
    Task<IReadOnlyList<ImportJobFile>> FindInProgressAsync(ImportJobId id, CancellationToken cancellationToken);

    /// <summary>Marks up to <paramref name="count"/> queued files in progress (claimed now) and returns them, in listing order.</summary>
    Task<IReadOnlyList<ImportJobFile>> ClaimAsync(ImportJobId id, int count, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records outcomes in one transaction.</summary>
    Task RecordAsync(IReadOnlyCollection<ImportFileOutcome> outcomes, CancellationToken cancellationToken);

    /// <summary>The job's files counted by state.</summary>
    Task<ImportJobCounts> CountAsync(ImportJobId id, CancellationToken cancellationToken);

    /// <summary>A page of jobs with counts, newest first.</summary>
    Task<ImportJobPage> ListAsync(int skip, int take, CancellationToken cancellationToken);

    /// <summary>A page of the job's failed files in listing order, and how many failed in all.</summary>
    Task<(IReadOnlyList<ImportJobFile> Items, int TotalCount)> ListFailuresAsync(ImportJobId id, int skip, int take, CancellationToken cancellationToken);
}
