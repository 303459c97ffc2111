namespace Dicom.Clean.Domain.Security;

/// <summary>What a caller did. Stored by name, so new actions can be added freely.</summary>
public enum AuditAction
{
    /// <summary>Read one instance: attributes, tags, image or file.</summary>
    Read,

    /// <summary>Listed instances (the filter is not recorded: it may hold a patient id).</summary>
    List,

    /// <summary>Stored a new instance.</summary>
    Store,

    /// <summary>Sent content already stored.</summary>
    StoreDuplicate,

    /// <summary>Deleted an instance.</summary>
    Delete,

    /// <summary>Created an API key (the instance id column holds the new key's id).</summary>
    KeyCreate,

    /// <summary>Revoked an API key (the instance id column holds the key's id).</summary>
    KeyRevoke,

    /// <summary>Read the audit log.</summary>
    AuditRead,

    /// <summary>Was refused a route for lack of the role (403).</summary>
    Denied,
}
