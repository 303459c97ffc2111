using System.Text;
using Dicom.Clean.Application.Common.Exceptions;

namespace Dicom.Clean.Infrastructure.Import;

/// <summary>
/// Checks on an import path before anything touches the file system, and on where it really
/// leads: no NUL bytes, no path longer than PATH_MAX or segment longer than NAME_MAX (in UTF-8
/// bytes, as the kernel counts), nothing under the kernel's virtual file systems. Each refusal
/// says why; none quotes the path (it may name a patient).
/// </summary>
internal static class ImportPathRules
{
    public const int MaxPathBytes = 4096;
    public const int MaxSegmentBytes = 255;

    private static readonly string[] VirtualFileSystems = ["/proc", "/sys", "/dev"];

    public static void CheckRequested(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new ImportPathForbiddenException("The path is empty.");
        }

        if (path.Contains('\0', StringComparison.Ordinal))
        {
            throw new ImportPathForbiddenException("The path contains a NUL byte.");
        }

        if (Encoding.UTF8.GetByteCount(path) > MaxPathBytes)
        {
            throw new ImportPathForbiddenException($"The path is longer than {MaxPathBytes} bytes.");
        }

        if (path.Split('/', '\\').Any(s => Encoding.UTF8.GetByteCount(s) > MaxSegmentBytes))
        {
            throw new ImportPathForbiddenException($"A path segment is longer than {MaxSegmentBytes} bytes.");
        }
    }

    /// <summary>Refuses /proc, /sys and /dev, whatever root or link led there.</summary>
    public static void CheckResolved(string fullPath)
    {
        if (!OperatingSystem.IsWindows() && VirtualFileSystems.Any(v => fullPath == v || fullPath.StartsWith(v + "/", StringComparison.Ordinal)))
        {
            throw new ImportPathForbiddenException("The path leads into a kernel file system (/proc, /sys or /dev).");
        }
    }
}
