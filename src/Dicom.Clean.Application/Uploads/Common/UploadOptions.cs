namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>Limits and lifetimes of uploads (configuration section <c>Uploads</c>).</summary>
public sealed class UploadOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Uploads";

    /// <summary>Largest file (and largest <c>POST /instances</c> body) accepted, in bytes; default 2 GiB.</summary>
    public long MaxFileBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>How long a resumable upload is kept after its last activity, and its outcome after it finished.</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired uploads are swept.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a chunk waits for another request on the same upload to finish.</summary>
    public TimeSpan LockWait { get; set; } = TimeSpan.FromSeconds(10);
}
