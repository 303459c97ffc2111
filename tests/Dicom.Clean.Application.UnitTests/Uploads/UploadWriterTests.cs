using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Uploads.Common;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Uploads;

public sealed class UploadWriterTests
{
    [Test]
    public async Task Append_AMiddleChunk_SavesTheNewOffsetAndExtendsTheExpiry()
    {
        var f = new UploadFixture(length: 10);
        f.Accepts(4);
        f.Clock.Now = UploadFixture.Now.AddMinutes(30);

        var upload = await f.Writer().AppendAsync(UploadFixture.Key, 0, 4, Stream.Null, null, CancellationToken.None);

        Assert.That(upload.Offset, Is.EqualTo(4));
        Assert.That(upload.ExpiresAt, Is.EqualTo(f.Clock.Now + f.Options.Value.Expiry));
        Assert.That(f.Events, Is.EqualTo(new[] { "append 4", "save 4 " }));
    }

    [Test]
    public async Task Append_TheLastChunk_SavesTheOffsetThenIngestsThenSavesTheOutcomeThenDropsTheBytes()
    {
        var f = new UploadFixture(length: 10, offset: 6);
        f.Accepts(4);

        var upload = await f.Writer().AppendAsync(UploadFixture.Key, 6, null, Stream.Null, null, CancellationToken.None);

        Assert.That(f.Events, Is.EqualTo(new[] { "append 4", "save 10 ", "ingest", "save 10 Stored", "delete data" }));
        Assert.That(upload.Outcome, Is.EqualTo(new UploadOutcome(UploadOutcomeKind.Stored, "iEfcZk3Vn6H8iyqc3seHrm", null, null)));
        Assert.That(upload.Metadata, Is.Empty, "the client's metadata is not kept past the end");
    }

    [Test]
    public async Task Append_TheLastChunkOfADamagedFile_RecordsWhyAndDropsTheBytes()
    {
        var f = new UploadFixture(length: 10, offset: 6);
        f.Accepts(4);
        f.Ingestor.Setup(i => i.IngestAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new UnreadableDicomException("Value length 900 runs past the end", 300));

        var upload = await f.Writer().AppendAsync(UploadFixture.Key, 6, null, Stream.Null, null, CancellationToken.None);

        Assert.That(upload.Outcome, Is.EqualTo(new UploadOutcome(UploadOutcomeKind.Unreadable, null, "Value length 900 runs past the end", 300)));
        Assert.That(f.Events[^1], Is.EqualTo("delete data"));
    }

    [Test]
    public async Task Append_TheLastChunkOfAConflictingFile_RecordsTheStoredId()
    {
        var f = new UploadFixture(length: 10, offset: 6);
        f.Accepts(4);
        f.Ingestor.Setup(i => i.IngestAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(InstanceConflictException.ForExisting("22222222222222222222ab"));

        var upload = await f.Writer().AppendAsync(UploadFixture.Key, 6, null, Stream.Null, null, CancellationToken.None);

        Assert.That(upload.Outcome!.Kind, Is.EqualTo(UploadOutcomeKind.Conflict));
        Assert.That(upload.Outcome.InstanceId, Is.EqualTo("22222222222222222222ab"));
    }

    [Test]
    public void Append_WhenTheBodyBreaksOff_SavesWhatArrivedThenRethrows()
    {
        var f = new UploadFixture(length: 10);
        f.Accepts(3, new IOException("reset"));

        Assert.ThrowsAsync<IOException>(() => f.Writer().AppendAsync(UploadFixture.Key, 0, null, Stream.Null, null, CancellationToken.None));

        Assert.That(f.Events, Is.EqualTo(new[] { "append 3", "save 3 " }));
    }

    [TestCase(5, null, UploadRejection.OffsetMismatch)]
    [TestCase(0, 11L, UploadRejection.ExceedsLength)]
    public void Append_WithAWrongOffsetOrLength_IsRejectedBeforeAnyByteIsRead(long offset, long? declared, UploadRejection expected)
    {
        var f = new UploadFixture(length: 10);

        var ex = Assert.ThrowsAsync<UploadRejectedException>(() => f.Writer().AppendAsync(UploadFixture.Key, offset, declared, Stream.Null, null, CancellationToken.None));

        Assert.That(ex!.Rejection, Is.EqualTo(expected));
        Assert.That(f.Events, Is.Empty);
    }

    [Test]
    public void Append_ToAnExpiredUpload_IsRejected()
    {
        var f = new UploadFixture();
        f.Clock.Now = UploadFixture.Now.AddHours(2);

        var ex = Assert.ThrowsAsync<UploadRejectedException>(() => f.Writer().AppendAsync(UploadFixture.Key, 0, null, Stream.Null, null, CancellationToken.None));

        Assert.That(ex!.Rejection, Is.EqualTo(UploadRejection.Expired));
    }

    [Test]
    public void Append_WhileAnotherRequestWrites_IsRejectedAsLocked()
    {
        var f = new UploadFixture { Locked = true };

        var ex = Assert.ThrowsAsync<UploadRejectedException>(() => f.Writer().AppendAsync(UploadFixture.Key, 0, null, Stream.Null, null, CancellationToken.None));

        Assert.That(ex!.Rejection, Is.EqualTo(UploadRejection.Locked));
    }

    [Test]
    public async Task Append_ToACompleteUploadLeftWithoutOutcome_FinishesIt()
    {
        var f = new UploadFixture(length: 10, offset: 10);

        var upload = await f.Writer().AppendAsync(UploadFixture.Key, 10, 0, Stream.Null, null, CancellationToken.None);

        Assert.That(upload.Outcome!.Kind, Is.EqualTo(UploadOutcomeKind.Stored));
        Assert.That(f.Events, Is.EqualTo(new[] { "ingest", "save 10 Stored", "delete data" }));
    }
}
