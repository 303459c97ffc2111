using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>
/// UTC timestamps as fixed-width text, for every SQLite table of ours (SQLite has no date type):
/// they sort and compare as text in time order.
/// </summary>
internal static class SqliteTimestamp
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static ValueConverter<DateTimeOffset, string> Converter { get; } = new(
        v => v.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        v => DateTimeOffset.ParseExact(v, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
}
