namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// Chooses between InlineBinary and BulkDataURI for binary values (PS3.18 F.2.6, F.2.7): values of at
/// least <see cref="MinimumLength"/> bytes are given to <see cref="UriBuilder"/>, whose URI is written
/// instead of the bytes; a null URI keeps that value inline. Immutable.
/// </summary>
public sealed class DicomJsonBulkDataPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="minimumLength">Smallest value length, in bytes, to refer to by URI (0: every non-empty binary value).</param>
    /// <param name="uriBuilder">Builds the URI of one value (for example a WADO-RS bulk data URL), or returns null to write it inline.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumLength"/> is negative.</exception>
    public DicomJsonBulkDataPolicy(long minimumLength, Func<DicomJsonBulkDataReference, string?> uriBuilder)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumLength);
        ArgumentNullException.ThrowIfNull(uriBuilder);
        MinimumLength = minimumLength;
        UriBuilder = uriBuilder;
    }

    /// <summary>Smallest value length, in bytes, referred to by URI.</summary>
    public long MinimumLength { get; }

    /// <summary>Builds the URI of one value, or returns null to write it inline.</summary>
    public Func<DicomJsonBulkDataReference, string?> UriBuilder { get; }
}
