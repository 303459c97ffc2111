namespace Dicom.Clean.Application.Common.Exceptions;

/// <summary>The content is not DICOM, or is damaged past reading (answered 422 with reason and offset).</summary>
public sealed class UnreadableDicomException : Exception
{
    /// <summary>Creates the exception.</summary>
    public UnreadableDicomException()
        : this("The content is not a readable DICOM file.", (long?)null)
    {
    }

    /// <summary>Creates the exception with a reason.</summary>
    public UnreadableDicomException(string message)
        : this(message, (long?)null)
    {
    }

    /// <summary>Creates the exception with a reason and cause.</summary>
    public UnreadableDicomException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = message;
    }

    /// <summary>Creates the exception with a reason and where it was found.</summary>
    /// <param name="reason">What is wrong, without patient data.</param>
    /// <param name="offset">Byte offset in the file, when known.</param>
    /// <param name="innerException">The toolkit's exception, if any.</param>
    public UnreadableDicomException(string reason, long? offset, Exception? innerException = null)
        : base(offset is { } o ? $"{reason} (at byte offset {o})" : reason, innerException)
    {
        Reason = reason;
        Offset = offset;
    }

    /// <summary>What is wrong.</summary>
    public string Reason { get; }

    /// <summary>Byte offset in the file, when known.</summary>
    public long? Offset { get; }
}
