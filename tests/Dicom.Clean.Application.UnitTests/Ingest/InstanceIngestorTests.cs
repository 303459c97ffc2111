using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Ingest;
using Dicom.Clean.Domain.Instances;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Ingest;

public sealed class InstanceIngestorTests
{
    private static readonly string OriginalKey = InstanceBlobKeys.Original(IngestFixture.NewId);
    private static readonly string RenderedKey = InstanceBlobKeys.Rendered(IngestFixture.NewId);

    [Test]
    public async Task Ingest_WithNewFile_WritesBlobsThenRowsAndAnswersStored()
    {
        var f = new IngestFixture();

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new StoreResult(IngestFixture.NewId.Value, StoreStatus.Stored)));
        Assert.That(f.Events.Take(2), Is.EquivalentTo(new[] { $"commit {OriginalKey}", $"write {RenderedKey}" }), "both blobs, in parallel");
        Assert.That(f.Events.Skip(2), Is.EqualTo(new[] { $"rows {IngestFixture.NewId}" }), "rows last");
        Assert.That(f.Added!.RenderedBlobKey, Is.EqualTo(RenderedKey));
        Assert.That(f.Added.Sha256, Is.EqualTo(IngestFixture.Sha));
    }

    [Test]
    public async Task Ingest_RenderingAfterAnswer_CommitsOriginalThenRowsThenQueuesTheImage()
    {
        var f = new IngestFixture { Rendering = IngestRendering.AfterAnswer };

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new StoreResult(IngestFixture.NewId.Value, StoreStatus.Stored)));
        Assert.That(f.Events, Is.EqualTo(new[] { $"commit {OriginalKey}", $"rows {IngestFixture.NewId}", $"queue {IngestFixture.NewId}" }));
        Assert.That(f.Added!.RenderedBlobKey, Is.Null, "the row names the PNG only once it is written");
        f.Renderer.Verify(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Ingest_RenderingAfterAnswer_WithoutPixelData_QueuesNothing()
    {
        var f = new IngestFixture { Rendering = IngestRendering.AfterAnswer };
        f.Parser.Setup(p => p.ParseAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(IngestFixture.Parsed("1.2.3.4") is var parsed ? parsed with { Elements = parsed.Elements.Where(e => e.Tag != 0x7FE00010).ToList() } : null!);

        await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(f.Events, Is.EqualTo(new[] { $"commit {OriginalKey}", $"rows {IngestFixture.NewId}" }));
    }

    [Test]
    public void Ingest_RenderingAfterAnswer_WhenRowsFail_RemovesOriginalAndQueuesNothing()
    {
        var f = new IngestFixture { Rendering = IngestRendering.AfterAnswer };
        f.Repository.Setup(r => r.AddAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));

        Assert.ThrowsAsync<IOException>(() => f.Create().IngestAsync(new MemoryStream(), CancellationToken.None));

        Assert.That(f.Events, Is.EqualTo(new[] { $"commit {OriginalKey}", $"delete {OriginalKey}" }));
    }

    [Test]
    public async Task Ingest_KeepsFileOrderAndItemPaths()
    {
        var f = new IngestFixture();

        await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        var values = f.Added!.TagValues;
        Assert.That(values.Select(v => v.Ordinal), Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
        Assert.That(values.Select(v => v.Path), Is.EqualTo(new[] { "", "", "(0008,1115)[0]", "(0008,1115)[1]", "" }));
        Assert.That(values[2].Definition, Is.SameAs(values[3].Definition), "one definition per distinct tag, VR and keyword");
    }

    [Test]
    public async Task Ingest_WithSameBytesStored_AnswersAlreadyStoredAndWritesNothing()
    {
        var f = new IngestFixture();
        f.Repository.Setup(r => r.FindBySha256Async(IngestFixture.Sha, It.IsAny<CancellationToken>())).ReturnsAsync(IngestFixture.Stored(IngestFixture.OtherId));

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new StoreResult(IngestFixture.OtherId.Value, StoreStatus.AlreadyStored)));
        Assert.That(f.Events, Is.Empty);
    }

    [Test]
    public void Ingest_WithSameSopInstanceUidOtherBytes_ThrowsConflictNamingExistingId()
    {
        var f = new IngestFixture();
        var other = DicomInstance.Create(IngestFixture.OtherId, new InstanceAttributes(), new StoredContent(new string('e', 64), 9), false, [], DateTimeOffset.UnixEpoch);
        f.Repository.Setup(r => r.FindBySopInstanceUidAsync("1.2.3.4", It.IsAny<CancellationToken>())).ReturnsAsync(other);

        var ex = Assert.ThrowsAsync<InstanceConflictException>(() => f.Create().IngestAsync(new MemoryStream(), CancellationToken.None));

        Assert.That(ex!.ExistingId, Is.EqualTo(IngestFixture.OtherId.Value));
        Assert.That(f.Events, Is.Empty);
    }

    [Test]
    public async Task Ingest_WhenSameBytesCommittedBetweenLookups_AnswersAlreadyStoredNotConflict()
    {
        // Regression: 10 concurrent uploads of one file answered one of them 409.
        var f = new IngestFixture();
        f.Repository.Setup(r => r.FindBySopInstanceUidAsync("1.2.3.4", It.IsAny<CancellationToken>())).ReturnsAsync(IngestFixture.Stored(IngestFixture.OtherId));
        f.Repository.Setup(r => r.FindBySha256Async(IngestFixture.Sha, It.IsAny<CancellationToken>())).ReturnsAsync((DicomInstance?)null);

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new StoreResult(IngestFixture.OtherId.Value, StoreStatus.AlreadyStored)));
        Assert.That(f.Events, Is.Empty);
    }

    [Test]
    public async Task Ingest_WithoutSopInstanceUid_DoesNotLookUpByUid()
    {
        var f = new IngestFixture();
        f.Parser.Setup(p => p.ParseAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>())).ReturnsAsync(IngestFixture.Parsed(null));

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(StoreStatus.Stored));
        f.Repository.Verify(r => r.FindBySopInstanceUidAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Ingest_WithUnreadableFile_WritesNothingAndDisposesStagedBlob()
    {
        var f = new IngestFixture();
        f.Parser.Setup(p => p.ParseAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new UnreadableDicomException("No DICM prefix", 128));

        var ex = Assert.ThrowsAsync<UnreadableDicomException>(() => f.Create().IngestAsync(new MemoryStream(), CancellationToken.None));

        Assert.That(ex!.Offset, Is.EqualTo(128));
        Assert.That(f.Events, Is.Empty);
        f.Staged.Verify(s => s.DisposeAsync(), Times.Once);
    }

    [Test]
    public void Ingest_WhenRowsFail_RemovesEveryBlobWritten()
    {
        var f = new IngestFixture();
        f.Repository.Setup(r => r.AddAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));

        Assert.ThrowsAsync<IOException>(() => f.Create().IngestAsync(new MemoryStream(), CancellationToken.None));

        Assert.That(f.Events.Take(2), Is.EquivalentTo(new[] { $"commit {OriginalKey}", $"write {RenderedKey}" }));
        Assert.That(f.Events.Skip(2), Is.EquivalentTo(new[] { $"delete {OriginalKey}", $"delete {RenderedKey}" }));
    }

    [Test]
    public void Ingest_WhenRenderedBlobWriteFails_RemovesOriginal()
    {
        var f = new IngestFixture();
        f.Blobs.Setup(b => b.WriteAsync(It.IsAny<string>(), It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("disk full"));

        Assert.ThrowsAsync<IOException>(() => f.Create().IngestAsync(new MemoryStream(), CancellationToken.None));

        Assert.That(f.Events.Take(1), Is.EqualTo(new[] { $"commit {OriginalKey}" }), "the original's commit still completes");
        Assert.That(f.Events.Skip(1), Is.EquivalentTo(new[] { $"delete {OriginalKey}", $"delete {RenderedKey}" }));
        f.Repository.Verify(r => r.AddAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Ingest_WhenConcurrentIngestWins_RemovesBlobsAndAnswersWinner()
    {
        var f = new IngestFixture();
        f.Repository.SetupSequence(r => r.FindBySha256Async(IngestFixture.Sha, It.IsAny<CancellationToken>()))
            .ReturnsAsync((DicomInstance?)null)
            .ReturnsAsync(IngestFixture.Stored(IngestFixture.OtherId));
        f.Repository.Setup(r => r.AddAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>())).ThrowsAsync(new DuplicateInstanceException());

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new StoreResult(IngestFixture.OtherId.Value, StoreStatus.AlreadyStored)));
        Assert.That(f.Events, Does.Contain($"delete {OriginalKey}").And.Contain($"delete {RenderedKey}"));
    }

    [Test]
    public async Task Ingest_WhenImageUnavailable_StoresWithoutRenderedBlob()
    {
        var f = new IngestFixture();
        f.Renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(RenderResult.Unavailable("cannot decode 1.2.840.10008.1.2.4.100"));

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(StoreStatus.Stored));
        Assert.That(f.Events, Is.EqualTo(new[] { $"commit {OriginalKey}", $"rows {IngestFixture.NewId}" }));
        Assert.That(f.Added!.RenderedBlobKey, Is.Null);
    }

    [Test]
    public async Task Ingest_WhenRendererThrows_StoresWithoutImage()
    {
        var f = new IngestFixture();
        f.Renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("renderer bug"));

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(StoreStatus.Stored));
        Assert.That(f.Added!.RenderedBlobKey, Is.Null);
    }

    [Test]
    public void Ingest_WhenCancelledDuringRender_StoresNothing()
    {
        var f = new IngestFixture();
        f.Renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new OperationCanceledException());

        Assert.ThrowsAsync<OperationCanceledException>(() => f.Create().IngestAsync(new MemoryStream(), CancellationToken.None));

        // The original committed in parallel is removed again; no rows.
        Assert.That(f.Events, Is.EqualTo(new[] { $"commit {OriginalKey}", $"delete {OriginalKey}" }));
        f.Repository.Verify(r => r.AddAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Ingest_WithUploadCopiedInMemory_ParsesAndRendersFromTheCopyNotTheStagedBlob()
    {
        var f = new IngestFixture();
        var upload = new byte[] { 9, 8, 7 };
        var seen = new List<byte[]>();
        f.Parser.Setup(p => p.ParseAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .Callback<Stream, CancellationToken>((s, _) => seen.Add(((MemoryStream)s).ToArray()))
            .ReturnsAsync(IngestFixture.Parsed("1.2.3.4"));

        await f.Create().IngestAsync(new MemoryStream(upload), CancellationToken.None);

        Assert.That(seen, Is.EqualTo(new[] { upload }));
        f.Staged.Verify(s => s.OpenRead(), Times.Never);
    }

    [Test]
    public async Task Ingest_WithoutCopyInMemory_RendersFromStagedBlobBeforeMovingIt()
    {
        var f = new IngestFixture();
        f.StageWithoutCopy();

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(StoreStatus.Stored));
        Assert.That(f.Events, Is.EqualTo(new[] { $"write {RenderedKey}", $"commit {OriginalKey}", $"rows {IngestFixture.NewId}" }));
        f.Staged.Verify(s => s.OpenRead(), Times.Exactly(2));
    }
}
