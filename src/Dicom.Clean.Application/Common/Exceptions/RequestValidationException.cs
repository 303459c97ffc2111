using FluentValidation.Results;

namespace Dicom.Clean.Application.Common.Exceptions;

/// <summary>A request failed its validator: the errors by property name (answered 400).</summary>
public sealed class RequestValidationException : Exception
{
    /// <summary>Creates the exception with no errors.</summary>
    public RequestValidationException()
        : base("One or more validation failures have occurred.")
    {
        Errors = new Dictionary<string, string[]>();
    }

    /// <summary>Creates the exception from validator failures.</summary>
    public RequestValidationException(IEnumerable<ValidationFailure> failures)
        : this()
    {
        Errors = failures
            .GroupBy(f => f.PropertyName, f => f.ErrorMessage, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Creates the exception with a message.</summary>
    public RequestValidationException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]>();
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public RequestValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    /// <summary>Error messages by property name.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
