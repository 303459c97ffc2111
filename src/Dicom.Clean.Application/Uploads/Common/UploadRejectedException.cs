namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>An upload request the protocol refuses (answered with the rejection's status).</summary>
public sealed class UploadRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UploadRejectedException()
        : this(UploadRejection.Locked, "The upload request was refused.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UploadRejectedException(string message)
        : this(UploadRejection.Locked, message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public UploadRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rejection = UploadRejection.Locked;
    }

    /// <summary>Creates the exception for a rejection.</summary>
    /// <param name="rejection">Why.</param>
    /// <param name="message">What the client did wrong, without patient data.</param>
    public UploadRejectedException(UploadRejection rejection, string message)
        : base(message)
    {
        Rejection = rejection;
    }

    /// <summary>Why the request was refused.</summary>
    public UploadRejection Rejection { get; }
}
