using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dicom.Clean.Infrastructure.Jobs.Persistence;

/// <summary>UTC text timestamps of fixed width: they sort in time order (SQLite has no date type), as in <c>instances</c>.</summary>
internal static class JobTimestamps
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static ValueConverter<DateTimeOffset, string> Converter { get; } = new(
        v => v.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        v => DateTimeOffset.ParseExact(v, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
}
