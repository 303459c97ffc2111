using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Infrastructure.Import;

/// <summary>
/// Opens files only inside the import roots: a path with a <c>..</c> segment, a path outside
/// every root, or one that reaches outside through a symlink (in any component) is refused
/// before anything is opened; so are NUL bytes, over-long paths, /proc, /sys and /dev, and
/// anything but a single-linked regular file (see <see cref="ImportPathRules"/>, <see cref="RegularFileOpener"/>). Messages never quote the path (it may name a patient).
/// </summary>
internal sealed partial class ConfinedImportFileSource : IImportFileSource
{
    private readonly string[] _roots;

    private readonly bool _allowHardLinks;

    /// <param name="roots">Absolute root folders, first one used for relative paths.</param>
    /// <param name="allowHardLinks">Accept files with more than one hard link (refused by default: another link may lie outside the roots).</param>
    public ConfinedImportFileSource(IReadOnlyList<string> roots, bool allowHardLinks = false)
    {
        _allowHardLinks = allowHardLinks;
        if (roots.Count == 0)
        {
            throw new ArgumentException("At least one import root is required.", nameof(roots));
        }

        // Roots are compared by their real location, so a root that is itself a symlink works.
        _roots = roots.Select(r => RealPath(Path.GetFullPath(r))).ToArray();
    }

    public Task<Stream> OpenAsync(string requestedPath, CancellationToken cancellationToken)
    {
        var real = Confine(requestedPath);
        if (Directory.Exists(real))
        {
            throw new ImportFileNotFoundException("The path names a folder, not a file.");
        }

        // Regular files only, single-linked, still inside the roots once opened (see RegularFileOpener).
        return Task.FromResult(RegularFileOpener.Open(real, p => _roots.Any(r => IsInside(p, r)), _allowHardLinks));
    }

    // The real path (symlinks resolved) of a requested path, when it stays inside the roots and
    // out of the kernel file systems.
    private string Confine(string requestedPath)
    {
        ImportPathRules.CheckRequested(requestedPath);
        var segments = requestedPath.Split('/', '\\');
        if (segments.Any(s => s == ".."))
        {
            throw new ImportPathForbiddenException("The path must not contain '..' segments.");
        }

        var full = Path.IsPathRooted(requestedPath)
            ? Path.GetFullPath(requestedPath)
            : Path.GetFullPath(Path.Combine(_roots[0], requestedPath));
        if (!_roots.Any(r => IsInside(full, r)))
        {
            throw new ImportPathForbiddenException("The path is outside the configured import roots.");
        }

        var real = RealPath(full);
        if (!_roots.Any(r => IsInside(real, r)))
        {
            throw new ImportPathForbiddenException("The path leads outside the import roots through a symbolic link.");
        }

        ImportPathRules.CheckResolved(real);
        return real;
    }

    private static bool IsInside(string path, string root) =>
        path.Length > root.Length
        && path.StartsWith(root, StringComparison.Ordinal)
        && (root.EndsWith(Path.DirectorySeparatorChar) || path[root.Length] == Path.DirectorySeparatorChar);

    // Resolves symlinks component by component (what realpath(3) does); components that do not
    // exist are kept as they are, so a missing file resolves to where it would be.
    private static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var current = root;
        var parts = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not null)
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                next = target is null ? next : RealPath(Path.GetFullPath(target.FullName));
            }

            current = next;
        }

        return current;
    }
}
