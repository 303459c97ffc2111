namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>Where the database is: <c>ConnectionStrings:Dicom</c>.</summary>
public static class DatabaseOptions
{
    /// <summary>Name of the connection string.</summary>
    public const string ConnectionStringName = "Dicom";

    /// <summary>Used when none is configured: a SQLite file under <c>./data</c>.</summary>
    public const string DefaultConnectionString = "Data Source=./data/dicom.db";
}
