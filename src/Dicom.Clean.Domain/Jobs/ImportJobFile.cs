namespace Dicom.Clean.Domain.Jobs;

/// <summary>One file of a folder import job, listed when the job started, with its outcome.</summary>
public sealed class ImportJobFile
{
    private ImportJobFile()
    {
        RelativePath = string.Empty;
    }

    /// <summary>Database key.</summary>
    public long Id { get; private set; }

    /// <summary>The job it belongs to.</summary>
    public ImportJobId JobId { get; private set; }

    /// <summary>Position in the job's sorted listing.</summary>
    public int Ordinal { get; private set; }

    /// <summary>Path below the job's folder, with <c>/</c> separators.</summary>
    public string RelativePath { get; private set; }

    /// <summary>Where the file is.</summary>
    public ImportFileState State { get; private set; }

    /// <summary>Server id of the instance stored or found, when there is one.</summary>
    public string? InstanceId { get; private set; }

    /// <summary>Why the file failed; never patient data.</summary>
    public string? Reason { get; private set; }

    /// <summary>When the job started importing it.</summary>
    public DateTimeOffset? ClaimedAt { get; private set; }

    /// <summary>A listed file, not started.</summary>
    public static ImportJobFile Listed(ImportJobId jobId, int ordinal, string relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        return new ImportJobFile { JobId = jobId, Ordinal = ordinal, RelativePath = relativePath, State = ImportFileState.Queued };
    }
}
