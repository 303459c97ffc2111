namespace Dicom.Clean.Application.Common.Exceptions;

/// <summary>
/// A different file with the same SOP Instance UID is already stored (answered 409 naming the
/// existing id).
/// </summary>
public sealed class InstanceConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InstanceConflictException()
        : base("A different file with the same SOP Instance UID is already stored.")
    {
        ExistingId = string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    public InstanceConflictException(string message)
        : base(message)
    {
        ExistingId = string.Empty;
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public InstanceConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExistingId = string.Empty;
    }

    private InstanceConflictException(string message, string existingId)
        : base(message)
    {
        ExistingId = existingId;
    }

    /// <summary>Creates the exception naming the stored instance.</summary>
    /// <param name="existingId">Server id of the instance already stored.</param>
    public static InstanceConflictException ForExisting(string existingId) =>
        new($"A different file with the same SOP Instance UID is already stored as {existingId}.", existingId);

    /// <summary>Server id of the instance already stored.</summary>
    public string ExistingId { get; }
}
