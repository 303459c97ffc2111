namespace Dicom.Clean.Toolkit.IO;

/// <summary>How the elements of one data set level are encoded.</summary>
internal readonly record struct DatasetSyntax(bool IsExplicitVR, bool IsBigEndian)
{
    public static DatasetSyntax ExplicitLittle => new(true, false);

    public static DatasetSyntax ImplicitLittle => new(false, false);

    public static DatasetSyntax ExplicitBig => new(true, true);

    public override string ToString() =>
        (IsExplicitVR ? "explicit VR " : "implicit VR ") + (IsBigEndian ? "big endian" : "little endian");
}
