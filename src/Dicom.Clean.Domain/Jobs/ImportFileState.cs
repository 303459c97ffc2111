namespace Dicom.Clean.Domain.Jobs;

/// <summary>Where one file of a folder import job is.</summary>
public enum ImportFileState
{
    /// <summary>Listed, not started.</summary>
    Queued,

    /// <summary>Started; still so after a crash, until the resumed job imports it again.</summary>
    InProgress,

    /// <summary>Stored as a new instance by this job.</summary>
    Stored,

    /// <summary>The same bytes were already stored.</summary>
    AlreadyStored,

    /// <summary>Not stored; the reason says why.</summary>
    Failed,
}
