using System.Diagnostics.Metrics;
using Dicom.Clean.Application.Common.Observability;
using Dicom.Clean.Infrastructure.Jobs.Persistence;
using Dicom.Clean.Infrastructure.Persistence;
using Dicom.Clean.Infrastructure.Persistence.Security;
using Dicom.Clean.Infrastructure.Storage;
using Dicom.Clean.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Dicom.Clean.Infrastructure.Tests.CrashSafety;

public sealed class DurabilityTests
{
    [Test]
    public async Task Connection_WithDurabilityInterceptor_UsesSynchronousFull()
    {
        using var folder = new TempFolder();
        var options = new DbContextOptionsBuilder<DicomDbContext>()
            .UseSqlite($"Data Source={folder.Combine("d.db")};Pooling=False")
            .AddInterceptors(SqliteDurabilityInterceptor.Instance)
            .Options;
        await using var db = new DicomDbContext(options);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";

        // 2 = FULL: every commit syncs the write-ahead log before it returns.
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(2L));
    }

    // Security and observability add their interceptors to the same contexts later: the
    // durability interceptor must survive them on every context that shares the database.
    [TestCase(typeof(DicomDbContext))]
    [TestCase(typeof(ImportJobsDbContext))]
    [TestCase(typeof(SecurityDbContext))]
    public async Task Context_FromTheFullContainer_UsesSynchronousFull(Type contextType)
    {
        using var folder = new TempFolder();
        var meters = new Mock<IMeterFactory>();
        meters.Setup(m => m.Create(It.IsAny<MeterOptions>())).Returns((MeterOptions o) => new Meter(o));
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(meters.Object)
            .AddSingleton(new Mock<IConfiguration> { DefaultValue = DefaultValue.Mock }.Object)
            .AddSingleton<ServiceTelemetry>()
            .AddInfrastructure(folder.Path)
            .AddInfrastructureSecurity(folder.Path)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";

        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(2L));
    }

    [Test]
    public void DurableRename_IntoNewFolders_MovesTheFileAndFlushesTheFolders()
    {
        using var folder = new TempFolder();
        var source = folder.Combine("a.tmp");
        File.WriteAllBytes(source, [1, 2, 3]);
        var target = folder.Combine("originals", "ab", "a.dcm");

        DurableRename.Move(source, target, overwrite: false);

        Assert.That(File.ReadAllBytes(target), Is.EqualTo(new byte[] { 1, 2, 3 }));
        Assert.That(File.Exists(source), Is.False);
    }

    [Test]
    public void DirectorySync_WithMissingFolder_ThrowsIOException()
    {
        using var folder = new TempFolder();

        Assert.Throws<IOException>(() => DirectorySync.Flush(folder.Combine("missing")));
    }
}
