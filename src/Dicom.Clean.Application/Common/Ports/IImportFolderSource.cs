namespace Dicom.Clean.Application.Common.Ports;

/// <summary>Folders named by clients for a folder import, confined to the import roots like single files.</summary>
public interface IImportFolderSource
{
    /// <summary>
    /// The folder's absolute, resolved path when <paramref name="requestedPath"/> names a folder
    /// inside the import roots; null when it names anything else (a file, or nothing), which path
    /// import then answers.
    /// </summary>
    /// <exception cref="Exceptions.ImportPathForbiddenException">Outside every root, through <c>..</c> or a symlink.</exception>
    string? ResolveFolder(string requestedPath);

    /// <summary>
    /// Every file below the folder as paths relative to it (<c>/</c> separators), sorted; folders
    /// reached through symlinks are not entered (a file symlink is listed, and path import decides).
    /// </summary>
    /// <exception cref="Exceptions.ImportFileNotFoundException">The folder is gone.</exception>
    /// <exception cref="Exceptions.ImportPathForbiddenException">The service may not read the folder.</exception>
    IReadOnlyList<string> ListFiles(string folder);
}
