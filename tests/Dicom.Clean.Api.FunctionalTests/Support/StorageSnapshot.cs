using Microsoft.Data.Sqlite;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>
/// What the service holds: every blob file and the row count of each table. Equal snapshots
/// before and after a refused request prove nothing of it was kept.
/// </summary>
internal sealed record StorageSnapshot(string Blobs, long Instances, long TagValues, long TagDefinitions)
{
    /// <summary>Taken once the default images queued by earlier stores are written.</summary>
    public static StorageSnapshot Take(DicomCleanFactory factory)
    {
        factory.WaitForDefaultImages();
        var blobs = Directory.Exists(factory.BlobRoot)
            ? string.Join("\n", Directory.GetFiles(factory.BlobRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            : string.Empty;
        using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataFolder, "dicom.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return new StorageSnapshot(blobs, Count(connection, "instances"), Count(connection, "instance_tag_values"), Count(connection, "tag_definitions"));
    }

    private static long Count(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
