using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Dicom.Clean.Application.Common.Exceptions;
using Microsoft.Win32.SafeHandles;

namespace Dicom.Clean.Infrastructure.Import;

/// <summary>
/// Opens a file for import only if it is a regular file with a single link, inside the roots as
/// the kernel sees the open descriptor. On Linux the file is opened non-blocking (a FIFO would
/// otherwise hang the request until a writer came), then checked on the descriptor itself
/// (statx), then its real path re-read from <c>/proc/self/fd</c>: a file swapped for a link or
/// a device between the checks and the open is still caught.
/// </summary>
internal static class RegularFileOpener
{
    private const int BufferSize = 128 * 1024;

    public static Stream Open(string path, Func<string, bool> isInsideRoots, bool allowHardLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            return OpenPortable(path);
        }

        var fd = NativeMethods.Open(CString(path), NativeMethods.ReadOnly | NativeMethods.NonBlock | NativeMethods.NoControllingTerminal | NativeMethods.CloseOnExec);
        if (fd < 0)
        {
            throw OpenError(Marshal.GetLastPInvokeError());
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            var (mode, links) = Status(fd);
            if ((mode & NativeMethods.FileTypeMask) != NativeMethods.RegularFile)
            {
                throw new ImportPathForbiddenException("The path is not a regular file (a device, FIFO, socket or folder).");
            }

            if (links > 1 && !allowHardLinks)
            {
                throw new ImportPathForbiddenException(
                    $"The file has {links} hard links: another name may lie outside the import roots (set Dicom:AllowHardLinks to accept).");
            }

            var opened = File.ResolveLinkTarget($"/proc/self/fd/{fd}", returnFinalTarget: false)?.FullName;
            if (opened is null || !isInsideRoots(opened))
            {
                throw new ImportPathForbiddenException("The file opened is not inside the import roots (it was replaced while being opened).");
            }

            return new FileStream(handle, FileAccess.Read, BufferSize, isAsync: false);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static (uint Mode, uint Links) Status(int fd)
    {
        var buffer = new byte[256];
        if (NativeMethods.Statx(fd, CString(string.Empty), NativeMethods.EmptyPath, NativeMethods.StatxTypeModeLinks, buffer) != 0)
        {
            throw new IOException($"statx failed with error {Marshal.GetLastPInvokeError()}.");
        }

        // struct statx: stx_nlink (u32) at 16, stx_mode (u16) at 28; the same on every architecture.
        return (BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28)), BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(16)));
    }

    // NUL-terminated UTF-8, as the kernel takes paths (NUL inside was refused earlier).
    private static byte[] CString(string text) => System.Text.Encoding.UTF8.GetBytes(text + "\0");

    private static Exception OpenError(int errno) => errno switch
    {
        NativeMethods.NoSuchFile or NativeMethods.NotADirectory => new ImportFileNotFoundException("No file at that path inside the import roots."),
        NativeMethods.AccessDenied or NativeMethods.NotPermitted => new ImportPathForbiddenException("The service may not read that file."),
        NativeMethods.NoDevice => new ImportPathForbiddenException("The path is not a regular file (a socket or device)."),
        NativeMethods.TooManyLinks => new ImportPathForbiddenException("The path has too many levels of symbolic links."),
        NativeMethods.NameTooLong => new ImportPathForbiddenException("The path is too long."),
        _ => new IOException($"Opening the import file failed with error {errno}."),
    };

    // Elsewhere (development on macOS or Windows): the managed checks only.
    private static FileStream OpenPortable(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && (info.Attributes & (FileAttributes.Device | FileAttributes.Directory)) != 0)
            {
                throw new ImportPathForbiddenException("The path is not a regular file.");
            }

            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ImportFileNotFoundException("No file at that path inside the import roots.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ImportPathForbiddenException("The service may not read that file.", ex);
        }
    }

    private static class NativeMethods
    {
        public const int ReadOnly = 0;
        public const int NonBlock = 0x800;
        public const int NoControllingTerminal = 0x100;
        public const int CloseOnExec = 0x80000;
        public const int EmptyPath = 0x1000;
        public const uint StatxTypeModeLinks = 0x1 | 0x2 | 0x4;
        public const uint FileTypeMask = 0xF000;
        public const uint RegularFile = 0x8000;
        public const int NotPermitted = 1;
        public const int NoSuchFile = 2;
        public const int NoDevice = 6;
        public const int AccessDenied = 13;
        public const int NotADirectory = 20;
        public const int NameTooLong = 36;
        public const int TooManyLinks = 40;

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Open(byte[] path, int flags);

        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);
    }
}
