using Dicom.Clean.Infrastructure.Import;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Dicom.Clean.Infrastructure;

/// <summary>
/// The storage settings, read from configuration when first needed (not at registration, so a
/// host or test can still change them) with relative paths taken from the content root.
/// </summary>
/// <param name="ConnectionString">SQLite connection string with an absolute file path.</param>
/// <param name="BlobRoot">Absolute blob root.</param>
/// <param name="ImportRoots">Absolute import roots, at least one.</param>
public sealed record InfrastructureSettings(string ConnectionString, string BlobRoot, IReadOnlyList<string> ImportRoots)
{
    /// <summary>Reads <c>ConnectionStrings:Dicom</c>, <c>Storage:Root</c> and <c>Dicom:ImportRoots</c>, with defaults.</summary>
    public static InfrastructureSettings From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        var roots = configuration.GetSection(ImportOptions.ImportRootsKey).GetChildren()
            .Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToArray();
        return new InfrastructureSettings(
            ResolveSqlitePath(string.IsNullOrWhiteSpace(connectionString) ? DatabaseOptions.DefaultConnectionString : connectionString, contentRoot),
            Path.GetFullPath(configuration[StorageOptions.RootKey] ?? StorageOptions.DefaultRoot, contentRoot),
            (roots.Length > 0 ? roots : [ImportOptions.DefaultImportRoot]).Select(r => Path.GetFullPath(r, contentRoot)).ToArray());
    }

    // A relative SQLite file is taken from the content root, and its folder is created.
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
