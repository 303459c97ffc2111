using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Domain.Jobs;

/// <summary>The server's id for a folder import job: the same 22-character base-57 shape as instance ids.</summary>
public readonly record struct ImportJobId
{
    private ImportJobId(string value) => Value = value;

    /// <summary>The id's text.</summary>
    public string Value { get; }

    /// <summary>Wraps text known to be an id (from the database or the generator).</summary>
    /// <exception cref="ArgumentException">The text is not a well-formed id.</exception>
    public static ImportJobId From(string value) =>
        TryParse(value, out var id) ? id : throw new ArgumentException("Not a well-formed job id.", nameof(value));

    /// <summary>Parses client input; false for anything that is not 22 characters of the id alphabet.</summary>
    public static bool TryParse(string? value, out ImportJobId id)
    {
        id = InstanceId.TryParse(value, out _) ? new ImportJobId(value!) : default;
        return id.Value is not null;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
