using Dicom.Clean.Infrastructure.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace Dicom.Clean.Infrastructure.Tests.Persistence;

public sealed class InfrastructureInitializerTests
{
    [Test]
    public async Task Initialise_WithRelativeSettings_CreatesDatabaseInWalModeAndBlobRootUnderContentRoot()
    {
        using var folder = new TempFolder();
        var services = new ServiceCollection()
            .AddLogging(b => b.ClearProviders())
            .AddSingleton(EmptyConfiguration())
            .AddInfrastructure(folder.Path)
            .BuildServiceProvider();

        await services.InitialiseInfrastructureAsync();
        await services.DisposeAsync();

        Assert.That(Directory.Exists(folder.Combine("data", "blobs")), Is.True);
        Assert.That(Directory.Exists(folder.Combine("data", "import")), Is.True);
        await using var connection = new SqliteConnection($"Data Source={folder.Combine("data", "dicom.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("wal"));
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('instances', 'tag_definitions', 'instance_tag_values');";
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(3L));
    }

    // No key set: every default applies. (The configuration binder is not a package here.)
    private static IConfiguration EmptyConfiguration() => new Mock<IConfiguration> { DefaultValue = DefaultValue.Mock }.Object;
}
