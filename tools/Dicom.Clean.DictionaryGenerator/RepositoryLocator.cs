namespace Dicom.Clean.DictionaryGenerator;

/// <summary>Finds the repository root (the folder holding Dicom.Clean.sln) above a start folder.</summary>
internal static class RepositoryLocator
{
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dicom.Clean.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
