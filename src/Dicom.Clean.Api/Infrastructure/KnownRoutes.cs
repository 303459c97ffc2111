namespace Dicom.Clean.Api.Infrastructure;

/// <summary>Every route the API serves, in one place.</summary>
public static class KnownRoutes
{
    /// <summary>Seed: import a file by path.</summary>
    public const string Dicom = "/dicom";

    /// <summary>Seed: rendered frame 1 of an instance (<c>?id=</c>).</summary>
    public const string Image = "/image";

    /// <summary>Seed: every element of an instance (<c>?id=</c>).</summary>
    public const string Tags = "/tags";

    /// <summary>Instances collection.</summary>
    public const string Instances = "/instances";

    /// <summary>One instance.</summary>
    public const string Instance = "/instances/{id}";

    /// <summary>One instance's elements.</summary>
    public const string InstanceTags = "/instances/{id}/tags";

    /// <summary>One instance's rendered frame.</summary>
    public const string InstanceImage = "/instances/{id}/image";

    /// <summary>One instance's original file.</summary>
    public const string InstanceFile = "/instances/{id}/file";

    /// <summary>Health: database and blob root.</summary>
    public const string Health = "/health";

    /// <summary>Liveness only.</summary>
    public const string Heartbeat = "/heartbeat";

    /// <summary>Folder import jobs.</summary>
    public const string Jobs = "/jobs";

    /// <summary>One folder import job's report.</summary>
    public const string Job = "/jobs/{id}";

    /// <summary>Every failed file of a folder import job, paged.</summary>
    public const string JobFailures = "/jobs/{id}/failures";

    /// <summary>Location of a folder import job.</summary>
    public static string JobLocation(string id) => $"{Jobs}/{id}";

    /// <summary>Location of a stored instance.</summary>
    public static string InstanceLocation(string id) => $"{Instances}/{id}";
}
