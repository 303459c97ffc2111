namespace Dicom.Clean.Infrastructure.Storage;

/// <summary>Blob storage settings: <c>Storage:Root</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>Configuration key of the root folder.</summary>
    public const string RootKey = "Storage:Root";

    /// <summary>The root used when none is configured.</summary>
    public const string DefaultRoot = "./data/blobs";

    /// <summary>Absolute folder holding every blob.</summary>
    public required string Root { get; init; }
}
