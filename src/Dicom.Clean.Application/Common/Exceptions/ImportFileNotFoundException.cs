namespace Dicom.Clean.Application.Common.Exceptions;

/// <summary>The import path is inside a root but names no file (answered 404).</summary>
public sealed class ImportFileNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImportFileNotFoundException()
        : base("No file at that path.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ImportFileNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ImportFileNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
