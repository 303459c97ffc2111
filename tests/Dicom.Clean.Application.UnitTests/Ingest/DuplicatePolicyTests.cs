using Dicom.Clean.Application.Instances.Ingest;
using Dicom.Clean.Domain.Instances;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Ingest;

public sealed class DuplicatePolicyTests
{
    private static DicomInstance OtherBytes() =>
        DicomInstance.Create(IngestFixture.OtherId, new InstanceAttributes(), new StoredContent(new string('e', 64), 9), false, [], DateTimeOffset.UnixEpoch);

    [Test]
    public async Task Ingest_WithKeepVersionsAndSameSopInstanceUidOtherBytes_StoresANewVersion()
    {
        var f = new IngestFixture { Policy = DuplicatePolicy.KeepVersions };
        f.Repository.Setup(r => r.FindBySopInstanceUidAsync("1.2.3.4", It.IsAny<CancellationToken>())).ReturnsAsync(OtherBytes());

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new StoreResult(IngestFixture.NewId.Value, StoreStatus.Stored)));
        Assert.That(f.Events, Does.Contain($"version rows {IngestFixture.NewId}"));
        Assert.That(f.Added!.Version, Is.EqualTo(2));
        f.Repository.Verify(r => r.AddAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Ingest_WithKeepVersionsAndSameBytes_AnswersAlreadyStored()
    {
        var f = new IngestFixture { Policy = DuplicatePolicy.KeepVersions };
        f.Repository.Setup(r => r.FindBySha256Async(IngestFixture.Sha, It.IsAny<CancellationToken>())).ReturnsAsync(IngestFixture.Stored(IngestFixture.OtherId));

        var result = await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(result, Is.EqualTo(new StoreResult(IngestFixture.OtherId.Value, StoreStatus.AlreadyStored)));
        Assert.That(f.Events, Is.Empty);
    }

    [Test]
    public async Task Ingest_WithKeepVersionsAndNoSopInstanceUid_StoresAsAPlainInstance()
    {
        var f = new IngestFixture { Policy = DuplicatePolicy.KeepVersions };
        f.Parser.Setup(p => p.ParseAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>())).ReturnsAsync(IngestFixture.Parsed(null));

        await f.Create().IngestAsync(new MemoryStream(), CancellationToken.None);

        Assert.That(f.Added!.Version, Is.EqualTo(1));
        f.Repository.Verify(r => r.AddAsNewVersionAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
