namespace Dicom.Clean.Toolkit.Values;

/// <summary>
/// A DT value: a date and time, possibly partial (<c>2004</c>, <c>200401191230</c>), with its UTC
/// offset when the value gives one (<c>+0100</c>).
/// </summary>
/// <param name="Value">The date and time; missing parts take their lowest value (January, the 1st, midnight).</param>
/// <param name="Offset">The UTC offset given in the value, or null.</param>
public readonly record struct DicomDateTime(DateTime Value, TimeSpan? Offset)
{
    /// <summary>The value as a <see cref="DateTimeOffset"/> when it carries an offset.</summary>
    public DateTimeOffset? ToDateTimeOffset() => Offset is { } offset ? new DateTimeOffset(Value, offset) : null;
}
