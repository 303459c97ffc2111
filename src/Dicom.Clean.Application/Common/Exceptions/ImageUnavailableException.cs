namespace Dicom.Clean.Application.Common.Exceptions;

/// <summary>The instance is stored but no image can be made of it (answered 422 with the reason).</summary>
public sealed class ImageUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ImageUnavailableException()
        : base("No image can be rendered for this instance.")
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public ImageUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and cause.</summary>
    public ImageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
