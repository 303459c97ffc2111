namespace Dicom.Clean.Toolkit.Uids;

/// <summary>What a registered UID identifies (PS3.6 Annex A, column "UID Type").</summary>
public enum DicomUidType
{
    /// <summary>Not in the registry.</summary>
    Unknown = 0,

    /// <summary>A transfer syntax.</summary>
    TransferSyntax,

    /// <summary>A SOP class (the registry here holds the storage classes and a few service ones).</summary>
    SopClass,

    /// <summary>A well-known SOP instance, frame of reference or similar.</summary>
    WellKnownInstance,
}
