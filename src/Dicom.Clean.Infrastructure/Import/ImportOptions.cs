namespace Dicom.Clean.Infrastructure.Import;

/// <summary>Path import settings: <c>Dicom:ImportRoots</c>, a list of folders.</summary>
public static class ImportOptions
{
    /// <summary>Configuration key of the list.</summary>
    public const string ImportRootsKey = "Dicom:ImportRoots";

    /// <summary>The import root used when none is configured.</summary>
    public const string DefaultImportRoot = "./data/import";

    /// <summary>Configuration key: accept files with several hard links (default false).</summary>
    public const string AllowHardLinksKey = "Dicom:AllowHardLinks";
}
