using Dicom.Clean.Application.Instances.Common;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;
using Dicom.Clean.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Tests.Persistence;

public sealed class InstanceRepositoryTests
{
    private SqliteDatabase _database = null!;

    [SetUp]
    public async Task Create()
    {
        _database = new SqliteDatabase();
        await _database.MigrateAsync();
    }

    [TearDown]
    public void Delete() => _database.Dispose();

    [Test]
    public async Task Add_ThenFindWithTags_ReturnsValuesInFileOrderWithPaths()
    {
        var id = NewId();
        await Repository().AddAsync(Instance(id, "1.2.3", Sha('a')), CancellationToken.None);

        var found = await Repository().FindWithTagsAsync(id, CancellationToken.None);

        Assert.That(found!.SopInstanceUid, Is.EqualTo("1.2.3"));
        Assert.That(found.TagValues.Select(v => v.Definition.Keyword), Is.EqualTo(new[] { "PatientName", "ReferencedSeriesSequence", "SeriesInstanceUID", "SeriesInstanceUID" }));
        Assert.That(found.TagValues.Select(v => v.Path), Is.EqualTo(new[] { "", "", "(0008,1115)[0]", "(0008,1115)[1]" }));
        Assert.That(found.TagValues.Select(v => v.Value), Is.EqualTo(new[] { "Doe^Jane", "", "1.2", "1.3" }));
        Assert.That(found.ReceivedAt, Is.EqualTo(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero)));
    }

    [Test]
    public async Task Add_StoresTagsDocumentWithStoredDefinitionIdsInTheSameTransaction()
    {
        var id = NewId();
        await Repository().AddAsync(Instance(id, "1.2.3", Sha('a')), CancellationToken.None);

        await using var db = _database.NewContext();
        var values = await db.TagValues.Include(v => v.Definition).OrderBy(v => v.Ordinal).ToListAsync();
        var stored = await new TagsDocumentStore(new SqliteConnectionFactory(_database.ConnectionString)).FindAsync(id, CancellationToken.None);
        Assert.That(stored, Is.EqualTo(TagsDocumentWriter.Write(id.Value, values.Select(v => (v.DefinitionId, v)).ToList())));
        Assert.That(values.Select(v => v.DefinitionId).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task Add_WhenRowsFail_StoresNoDocumentAndNoNewDefinition()
    {
        await Repository().AddAsync(Instance(NewId(), "1.1", Sha('a')), CancellationToken.None);
        var duplicate = DicomInstance.Create(NewId(), new InstanceAttributes { SopInstanceUid = "1.1" }, new StoredContent(Sha('b'), 1), false,
            [new InstanceTagValue(0, "", new TagDefinition(0x00100020, "LO", "PatientID"), "P")], DateTimeOffset.UnixEpoch);

        Assert.ThrowsAsync<DuplicateInstanceException>(() => Repository().AddAsync(duplicate, CancellationToken.None));

        await using var db = _database.NewContext();
        Assert.That(await db.TagsDocuments.CountAsync(), Is.EqualTo(1));
        Assert.That(await db.TagDefinitions.CountAsync(), Is.EqualTo(3), "the rolled-back definition is gone");
        // The next instance holding that element stores the definition again (no stale cached id).
        await Repository().AddAsync(DicomInstance.Create(NewId(), new InstanceAttributes { SopInstanceUid = "1.2" }, new StoredContent(Sha('c'), 1), false,
            [new InstanceTagValue(0, "", new TagDefinition(0x00100020, "LO", "PatientID"), "P")], DateTimeOffset.UnixEpoch), CancellationToken.None);
        Assert.That(await db.TagDefinitions.CountAsync(), Is.EqualTo(4));
    }

    [Test]
    public async Task Add_WithDefinitionStoredByAnotherProcess_ReusesItsRow()
    {
        await Repository().AddAsync(Instance(NewId(), "1.1", Sha('a')), CancellationToken.None);
        // A second gate is a second process: its cache is empty, the rows are there.
        await using (var other = _database.NewContext())
        {
            using var otherGate = new SqliteWriteGate();
            await new InstanceRepository(other, otherGate).AddAsync(Instance(NewId(), "1.2", Sha('b')), CancellationToken.None);
        }

        await using var db = _database.NewContext();
        Assert.That(await db.TagDefinitions.CountAsync(), Is.EqualTo(3));
    }

    [Test]
    public async Task Add_TwoInstances_ShareTagDefinitions()
    {
        await Repository().AddAsync(Instance(NewId(), "1.1", Sha('a')), CancellationToken.None);
        await Repository().AddAsync(Instance(NewId(), "1.2", Sha('b')), CancellationToken.None);

        await using var db = _database.NewContext();
        Assert.That(await db.TagDefinitions.CountAsync(), Is.EqualTo(3));
        Assert.That(await db.TagValues.CountAsync(), Is.EqualTo(8));
    }

    [Test]
    public async Task Add_WithSameSha256_ThrowsDuplicate()
    {
        await Repository().AddAsync(Instance(NewId(), "1.1", Sha('a')), CancellationToken.None);

        Assert.ThrowsAsync<DuplicateInstanceException>(() => Repository().AddAsync(Instance(NewId(), "1.2", Sha('a')), CancellationToken.None));
    }

    [Test]
    public async Task Add_WithSameSopInstanceUid_ThrowsDuplicate()
    {
        await Repository().AddAsync(Instance(NewId(), "1.1", Sha('a')), CancellationToken.None);

        Assert.ThrowsAsync<DuplicateInstanceException>(() => Repository().AddAsync(Instance(NewId(), "1.1", Sha('b')), CancellationToken.None));
    }

    [Test]
    public async Task Add_ManyWithoutSopInstanceUid_AreAllStored()
    {
        await Repository().AddAsync(Instance(NewId(), null, Sha('a')), CancellationToken.None);
        await Repository().AddAsync(Instance(NewId(), null, Sha('b')), CancellationToken.None);

        var page = await Repository().ListAsync(new InstanceFilter(), 0, 10, CancellationToken.None);
        Assert.That(page.TotalCount, Is.EqualTo(2));
    }

    [Test]
    public async Task Find_BySha256AndSopInstanceUid_FindsStored()
    {
        var id = NewId();
        await Repository().AddAsync(Instance(id, "1.9", Sha('c')), CancellationToken.None);

        Assert.That((await Repository().FindBySha256Async(Sha('c'), CancellationToken.None))!.Id, Is.EqualTo(id));
        Assert.That((await Repository().FindBySopInstanceUidAsync("1.9", CancellationToken.None))!.Id, Is.EqualTo(id));
        Assert.That(await Repository().FindBySha256Async(Sha('d'), CancellationToken.None), Is.Null);
        Assert.That(await Repository().FindAsync(NewId(), CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task List_FiltersAndPagesNewestFirst()
    {
        for (var i = 0; i < 5; i++)
        {
            await Repository().AddAsync(Instance(NewId(), $"1.{i}", Sha((char)('a' + i)), modality: i % 2 == 0 ? "MR" : "CT", day: i + 1), CancellationToken.None);
        }

        var mr = await Repository().ListAsync(new InstanceFilter { Modality = "MR" }, 0, 2, CancellationToken.None);
        var second = await Repository().ListAsync(new InstanceFilter { Modality = "MR" }, 2, 2, CancellationToken.None);
        var none = await Repository().ListAsync(new InstanceFilter { PatientId = "nobody" }, 0, 2, CancellationToken.None);

        Assert.That(mr.TotalCount, Is.EqualTo(3));
        Assert.That(mr.Items.Select(i => i.SopInstanceUid), Is.EqualTo(new[] { "1.4", "1.2" }));
        Assert.That(second.Items.Select(i => i.SopInstanceUid), Is.EqualTo(new[] { "1.0" }));
        Assert.That(none.TotalCount, Is.Zero);
    }

    [Test]
    public async Task Remove_DeletesInstanceAndItsValuesButKeepsDefinitions()
    {
        var id = NewId();
        await Repository().AddAsync(Instance(id, "1.1", Sha('a')), CancellationToken.None);

        Assert.That(await Repository().RemoveAsync(id, CancellationToken.None), Is.True);
        Assert.That(await Repository().RemoveAsync(id, CancellationToken.None), Is.False);
        await using var db = _database.NewContext();
        Assert.That(await db.Instances.CountAsync(), Is.Zero);
        Assert.That(await db.TagValues.CountAsync(), Is.Zero);
        Assert.That(await db.TagsDocuments.CountAsync(), Is.Zero);
        Assert.That(await db.TagDefinitions.CountAsync(), Is.EqualTo(3));
    }

    [Test]
    public async Task SetRenderedImage_RecordsTheKeyOnTheStoredRowOnly()
    {
        var id = NewId();
        await Repository().AddAsync(Instance(id, "1.1", Sha('a')), CancellationToken.None);
        var key = InstanceBlobKeys.Rendered(id);

        Assert.That(await Repository().SetRenderedImageAsync(id, key, CancellationToken.None), Is.True);
        Assert.That(await Repository().SetRenderedImageAsync(NewId(), key, CancellationToken.None), Is.False, "no such instance");

        var found = await Repository().FindAsync(id, CancellationToken.None);
        Assert.That(found!.RenderedBlobKey, Is.EqualTo(key));
        Assert.That(found.BlobKeys(), Is.EqualTo(new[] { InstanceBlobKeys.Original(id), key }));
    }

    [Test]
    public async Task SetRenderedImage_LeavesTheConnectionDurableForTheNextWrite()
    {
        var id = NewId();
        await Repository().AddAsync(Instance(id, "1.1", Sha('a')), CancellationToken.None);
        await using var db = _database.NewContext();
        await new InstanceRepository(db, _database.Gate).SetRenderedImageAsync(id, InstanceBlobKeys.Rendered(id), CancellationToken.None);

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        Assert.That(Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(2), "FULL again");
    }

    [Test]
    public async Task Add_ConcurrentlyWithNewDefinitions_StoresEveryInstance()
    {
        var tasks = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var db = _database.NewContext();
            await new InstanceRepository(db, _database.Gate).AddAsync(Instance(NewId(), $"2.{i}", Sha((char)('a' + i))), CancellationToken.None);
        }));

        await Task.WhenAll(tasks);

        var page = await Repository().ListAsync(new InstanceFilter(), 0, 50, CancellationToken.None);
        Assert.That(page.TotalCount, Is.EqualTo(8));
    }

    private InstanceRepository Repository() => new(_database.NewContext(), _database.Gate);

    private static InstanceId NewId() => InstanceId.FromUuid(Guid.NewGuid());

    private static string Sha(char c) => new(c, 64);

    private static DicomInstance Instance(InstanceId id, string? sopInstanceUid, string sha, string modality = "MR", int day = 2) =>
        DicomInstance.Create(
            id,
            new InstanceAttributes { SopInstanceUid = sopInstanceUid, Modality = modality, PatientId = "P1" },
            new StoredContent(sha, 10),
            hasRenderedImage: false,
            [
                new InstanceTagValue(0, "", new TagDefinition(0x00100010, "PN", "PatientName"), "Doe^Jane"),
                new InstanceTagValue(1, "", new TagDefinition(0x00081115, "SQ", "ReferencedSeriesSequence"), ""),
                new InstanceTagValue(2, "(0008,1115)[0]", new TagDefinition(0x0020000E, "UI", "SeriesInstanceUID"), "1.2"),
                new InstanceTagValue(3, "(0008,1115)[1]", new TagDefinition(0x0020000E, "UI", "SeriesInstanceUID"), "1.3"),
            ],
            new DateTimeOffset(2026, 1, day, 3, 4, 5, TimeSpan.Zero));
}
