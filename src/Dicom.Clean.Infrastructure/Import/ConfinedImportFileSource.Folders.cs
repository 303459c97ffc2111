using System.IO.Enumeration;
using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Infrastructure.Import;

/// <summary>Folders for folder import, under the same confinement as single files.</summary>
internal sealed partial class ConfinedImportFileSource : IImportFolderSource
{
    public string? ResolveFolder(string requestedPath)
    {
        ImportPathRules.CheckRequested(requestedPath);
        if (RootNamedBy(requestedPath) is { } root)
        {
            return root;
        }

        var real = Confine(requestedPath);
        return Directory.Exists(real) ? real : null;
    }

    public IReadOnlyList<string> ListFiles(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        try
        {
            // Opens the folder at once: a missing folder throws here, not while enumerating.
            var files = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToFullPath(), options)
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
                // A folder symlink is not entered: it may loop, or lead outside the roots.
                ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
            };
            return files
                .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (DirectoryNotFoundException ex)
        {
            throw new ImportFileNotFoundException("The folder no longer exists.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ImportPathForbiddenException("The service may not read that folder.", ex);
        }
    }

    // An import root itself ("." or its own path) may be imported whole; Confine refuses a root
    // as a file path because a root is never a file.
    private string? RootNamedBy(string requestedPath)
    {
        if (requestedPath.Split('/', '\\').Any(s => s == ".."))
        {
            return null;
        }

        var full = Path.IsPathRooted(requestedPath)
            ? Path.GetFullPath(requestedPath)
            : Path.GetFullPath(Path.Combine(_roots[0], requestedPath));
        var real = RealPath(Path.TrimEndingDirectorySeparator(full));
        return _roots.FirstOrDefault(r => string.Equals(Path.TrimEndingDirectorySeparator(r), real, StringComparison.Ordinal));
    }
}
