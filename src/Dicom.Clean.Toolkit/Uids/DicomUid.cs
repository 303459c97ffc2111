namespace Dicom.Clean.Toolkit.Uids;

/// <summary>A registered DICOM UID with its name and keyword (PS3.6 Annex A). Immutable.</summary>
/// <param name="Value">The UID, e.g. <c>1.2.840.10008.5.1.4.1.1.2</c>.</param>
/// <param name="Name">The standard's name, e.g. <c>CT Image Storage</c>.</param>
/// <param name="Keyword">The standard's keyword, e.g. <c>CTImageStorage</c>.</param>
/// <param name="Type">What the UID identifies.</param>
/// <param name="IsRetired">True when the standard has retired it.</param>
public sealed record DicomUid(string Value, string Name, string Keyword, DicomUidType Type, bool IsRetired)
{
    /// <summary>The UID value.</summary>
    public override string ToString() => Value;
}
