namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>What ingest does with a file whose SOP Instance UID is stored with other bytes.</summary>
public enum DuplicatePolicy
{
    /// <summary>Refuse it: 409 naming the stored instance (the default).</summary>
    Reject,

    /// <summary>Store it as a new instance, the next version of that SOP Instance UID; nothing is overwritten.</summary>
    KeepVersions,
}
