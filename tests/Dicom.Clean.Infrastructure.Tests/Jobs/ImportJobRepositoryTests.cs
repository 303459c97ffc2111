using Dicom.Clean.Domain.Jobs;
using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure.Jobs.Persistence;
using Dicom.Clean.Infrastructure.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Tests.Jobs;

public sealed class ImportJobRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private TempFolder _folder = null!;
    private string _connectionString = null!;

    [SetUp]
    public async Task Create()
    {
        _folder = new TempFolder();
        _connectionString = $"Data Source={_folder.Combine("jobs.db")};Pooling=False";
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    [TearDown]
    public void Delete() => _folder.Dispose();

    [Test]
    public async Task Start_ThenClaimAndRecord_CountsEveryStateFromTheRows()
    {
        var job = await StartedJobAsync("b/2.dcm", "a.dcm", "c.txt");
        var repository = Repository();

        var claimed = await repository.ClaimAsync(job.Id, 2, Now, CancellationToken.None);
        await repository.RecordAsync(
            [ImportFileOutcome.Success(claimed[0].Id, ImportFileState.Stored, "iEfcZk3Vn6H8iyqc3seHrm"), ImportFileOutcome.Failure(claimed[1].Id, "Not DICOM.")],
            CancellationToken.None);

        Assert.That(claimed.Select(f => f.RelativePath), Is.EqualTo(new[] { "b/2.dcm", "a.dcm" }), "listing order as given");
        Assert.That(await Repository().CountAsync(job.Id, CancellationToken.None), Is.EqualTo(new ImportJobCounts(3, 1, 0, 1)));
        var (failures, total) = await Repository().ListFailuresAsync(job.Id, 0, 10, CancellationToken.None);
        Assert.That((failures.Single().RelativePath, failures.Single().Reason, total), Is.EqualTo(("a.dcm", "Not DICOM.", 1)));
    }

    [Test]
    public async Task Find_AfterARestart_KeepsTheCallerWhoStartedTheJob()
    {
        var job = await StartedJobAsync("a.dcm");

        var found = await Repository().FindAsync(job.Id, CancellationToken.None);

        Assert.That((found!.RequestedBy, found.RequestedByRole, found.RequestedFrom), Is.EqualTo(("key1", (ApiKeyRole?)ApiKeyRole.Writer, "10.0.0.9")));
    }

    [Test]
    public async Task FindInProgress_AfterAStop_ReturnsClaimedFilesWithTheirClaimTime()
    {
        var job = await StartedJobAsync("a.dcm", "b.dcm", "c.dcm");
        await Repository().ClaimAsync(job.Id, 2, Now, CancellationToken.None);

        var leftovers = await Repository().FindInProgressAsync(job.Id, CancellationToken.None);

        Assert.That(leftovers.Select(f => (f.RelativePath, f.ClaimedAt)), Is.EqualTo(new[] { ("a.dcm", (DateTimeOffset?)Now), ("b.dcm", Now) }));
    }

    [Test]
    public async Task FindNextUnfinished_PrefersARunningJobOverAnOlderQueuedOne()
    {
        var queued = ImportJob.Create(ImportJobId.From("22222222222222222222ab"), "q", "/q", Now, "anonymous", null, null);
        await Repository().AddAsync(queued, CancellationToken.None);
        var running = await StartedJobAsync("a.dcm");

        var next = await Repository().FindNextUnfinishedAsync(CancellationToken.None);

        Assert.That(next!.Id, Is.EqualTo(running.Id));
    }

    [Test]
    public async Task List_ReturnsNewestFirstWithCounts()
    {
        var older = await StartedJobAsync("a.dcm");
        var newer = ImportJob.Create(ImportJobId.From("33333333333333333333ab"), "n", "/n", Now.AddMinutes(1), "anonymous", null, null);
        await Repository().AddAsync(newer, CancellationToken.None);

        var page = await Repository().ListAsync(0, 10, CancellationToken.None);

        Assert.That(page.TotalCount, Is.EqualTo(2));
        Assert.That(page.Items.Select(i => (i.Job.Id, i.Counts.Listed)), Is.EqualTo(new[] { (newer.Id, 0), (older.Id, 1) }));
    }

    private async Task<ImportJob> StartedJobAsync(params string[] files)
    {
        var job = ImportJob.Create(ImportJobId.From("iEfcZk3Vn6H8iyqc3seHrm"), "study", "/import/study", Now, "key1", ApiKeyRole.Writer, "10.0.0.9");
        await Repository().AddAsync(job, CancellationToken.None);
        job.Start(Now);
        await Repository().SaveAsync(job, files, CancellationToken.None);
        return job;
    }

    private ImportJobRepository Repository() => new(NewContext());

    private ImportJobsDbContext NewContext() =>
        new(new DbContextOptionsBuilder<ImportJobsDbContext>()
            .UseSqlite(_connectionString, o => o.MigrationsHistoryTable(ImportJobsDbContext.MigrationsHistoryTable))
            .Options);
}
