namespace Dicom.Clean.Application.Common.Ports;

/// <summary>Opens files named by clients for path import, confined to the configured import roots.</summary>
public interface IImportFileSource
{
    /// <summary>Opens the file for reading.</summary>
    /// <param name="requestedPath">Absolute, or relative to the first import root.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <exception cref="Exceptions.ImportPathForbiddenException">Outside every root, through <c>..</c> or a symlink.</exception>
    /// <exception cref="Exceptions.ImportFileNotFoundException">Inside a root, but no such file.</exception>
    Task<Stream> OpenAsync(string requestedPath, CancellationToken cancellationToken);
}
