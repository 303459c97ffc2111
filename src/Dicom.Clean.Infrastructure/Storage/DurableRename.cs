namespace Dicom.Clean.Infrastructure.Storage;

/// <summary>
/// Moves a flushed temporary file under its final name so that the move survives a power cut:
/// folders created on the way and the target's folder are flushed after the rename.
/// </summary>
internal static class DurableRename
{
    /// <summary>Renames <paramref name="source"/> to <paramref name="target"/> (same file system) and flushes the folders.</summary>
    public static void Move(string source, string target, bool overwrite)
    {
        var folder = Path.GetDirectoryName(target)!;
        var created = MissingFolders(folder);
        Directory.CreateDirectory(folder);
        File.Move(source, target, overwrite);
        DirectorySync.Flush(folder);
        // A new folder's own entry lives in its parent: flush upwards, innermost first.
        foreach (var newFolder in created)
        {
            DirectorySync.Flush(Path.GetDirectoryName(newFolder)!);
        }
    }

    private static List<string> MissingFolders(string folder)
    {
        var missing = new List<string>();
        for (var current = folder; !Directory.Exists(current); current = Path.GetDirectoryName(current)!)
        {
            missing.Add(current);
        }

        return missing;
    }
}
