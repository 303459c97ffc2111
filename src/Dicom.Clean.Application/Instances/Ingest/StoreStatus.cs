namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>What a store request did.</summary>
public enum StoreStatus
{
    /// <summary>A new instance was stored (201).</summary>
    Stored,

    /// <summary>The same bytes were already stored; nothing was written (200).</summary>
    AlreadyStored,
}
