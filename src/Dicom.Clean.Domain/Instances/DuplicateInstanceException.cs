namespace Dicom.Clean.Domain.Instances;

/// <summary>
/// Thrown by <see cref="IInstanceRepository.AddAsync"/> when another instance with the same
/// content hash or SOP Instance UID was committed first (a concurrent ingest won the race).
/// </summary>
public sealed class DuplicateInstanceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DuplicateInstanceException()
        : base("An instance with the same content or SOP Instance UID is already stored.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DuplicateInstanceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public DuplicateInstanceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
