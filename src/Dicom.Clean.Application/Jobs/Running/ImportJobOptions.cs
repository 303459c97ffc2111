namespace Dicom.Clean.Application.Jobs.Running;

/// <summary>Folder import settings (<c>Jobs:Parallelism</c>).</summary>
public sealed class ImportJobOptions
{
    /// <summary>Configuration key of the parallelism.</summary>
    public const string ParallelismKey = "Jobs:Parallelism";

    /// <summary>Highest parallelism accepted.</summary>
    public const int MaxParallelism = 64;

    /// <summary>
    /// Files of a job imported at once. Default: 4, or fewer on smaller machines; SQLite commits
    /// one at a time, so more mostly adds parsing and rendering pressure.
    /// </summary>
    public int Parallelism { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Files claimed per batch: enough to keep every worker busy between two progress writes.</summary>
    public int BatchSize => Parallelism * 4;
}
