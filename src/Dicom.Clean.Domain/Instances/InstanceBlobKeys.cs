namespace Dicom.Clean.Domain.Instances;

/// <summary>
/// Blob keys of an instance, derived from the server id only (never from client input), fanned
/// out by the id's first two characters so no folder grows without bound.
/// </summary>
public static class InstanceBlobKeys
{
    /// <summary>Key of the original Part 10 file.</summary>
    public static string Original(InstanceId id) => $"originals/{id.Value[..2]}/{id.Value}.dcm";

    /// <summary>Key of the rendered PNG of frame 1 with the default window.</summary>
    public static string Rendered(InstanceId id) => $"rendered/{id.Value[..2]}/{id.Value}.png";
}
