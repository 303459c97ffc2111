namespace Dicom.Clean.Domain.Security;

/// <summary>What a caller may do. Ordered: each role includes the ones below it.</summary>
public enum ApiKeyRole
{
    /// <summary>Reads instances, tags, images and files.</summary>
    Reader = 1,

    /// <summary>Also stores and deletes instances.</summary>
    Writer = 2,

    /// <summary>Also manages keys and reads the audit log.</summary>
    Admin = 3,
}
