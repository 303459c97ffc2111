namespace Dicom.Clean.Application.Common.Exceptions;

/// <summary>The import path is outside every import root, climbs out with <c>..</c>, or follows a symlink out (answered 403).</summary>
public sealed class ImportPathForbiddenException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImportPathForbiddenException()
        : base("The path is outside the import roots.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ImportPathForbiddenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ImportPathForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
