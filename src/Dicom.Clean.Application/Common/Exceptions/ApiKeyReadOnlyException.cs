namespace Dicom.Clean.Application.Common.Exceptions;

/// <summary>The key is defined in configuration and can only be changed there (answered 409).</summary>
public sealed class ApiKeyReadOnlyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ApiKeyReadOnlyException()
        : base("The key is defined in configuration; remove it there.")
    {
    }

    /// <summary>Creates the exception for a key id.</summary>
    public ApiKeyReadOnlyException(string keyId)
        : base($"Key '{keyId}' is defined in configuration; remove it there.")
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ApiKeyReadOnlyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
