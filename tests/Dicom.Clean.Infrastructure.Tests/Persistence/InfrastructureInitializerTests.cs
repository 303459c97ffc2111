using Dicom.Clean.Infrastructure.Persistence;
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

    [Test]
    public async Task Initialise_Twice_KeepsTheDatabaseAndItsRows()
    {
        using var folder = new TempFolder();
        for (var start = 0; start < 2; start++)
        {
            await using var services = new ServiceCollection()
                .AddLogging(b => b.ClearProviders())
                .AddSingleton(EmptyConfiguration())
                .AddInfrastructure(folder.Path)
                .BuildServiceProvider();
            await services.InitialiseInfrastructureAsync();
            await using var connection = new SqliteConnection($"Data Source={folder.Combine("data", "dicom.db")};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = start == 0
                ? "INSERT INTO tag_definitions (tag, vr, keyword) VALUES (1048592, 'PN', 'PatientName');"
                : "SELECT count(*) FROM tag_definitions;";
            Assert.That(await command.ExecuteScalarAsync(), start == 0 ? Is.Null : Is.EqualTo(1L));
        }
    }

    // No key set: every default applies. (The configuration binder is not a package here.)
    private static IConfiguration EmptyConfiguration() => new Mock<IConfiguration> { DefaultValue = DefaultValue.Mock }.Object;
}
