namespace Dicom.Clean.Domain.Jobs;

/// <summary>Where a folder import job is.</summary>
public enum ImportJobState
{
    /// <summary>Accepted; its folder is not listed yet.</summary>
    Queued,

    /// <summary>Its files are listed and being imported (also after a restart, until it resumes).</summary>
    Running,

    /// <summary>Every listed file has an outcome.</summary>
    Completed,

    /// <summary>The folder could not be listed; no file was imported.</summary>
    Failed,
}
