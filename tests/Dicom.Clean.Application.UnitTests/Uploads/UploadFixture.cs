using System.Runtime.ExceptionServices;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Ingest;
using Dicom.Clean.Application.Uploads.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Uploads;

/// <summary>The upload writer and finisher over a Moq store and ingestor, with one saved upload.</summary>
internal sealed class UploadFixture
{
    public const string Key = "0123456789abcdef0123456789abcdef";
    public static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public UploadFixture(long length = 10, long offset = 0)
    {
        Upload = new ResumableUpload
        {
            Key = Key,
            Length = length,
            Offset = offset,
            Metadata = new Dictionary<string, string> { ["filename"] = "a.dcm" },
            CreatedAt = Now,
            ExpiresAt = Now.AddHours(1),
        };
        Store.Setup(s => s.FindAsync(Key, It.IsAny<CancellationToken>())).ReturnsAsync(() => Upload);
        Store.Setup(s => s.TryLockAsync(Key, It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => Locked ? null : Mock.Of<IAsyncDisposable>());
        Store.Setup(s => s.SaveAsync(It.IsAny<ResumableUpload>(), It.IsAny<CancellationToken>()))
            .Callback<ResumableUpload, CancellationToken>((u, _) => { Upload = u; Events.Add($"save {u.Offset} {u.Outcome?.Kind}"); })
            .Returns(Task.CompletedTask);
        Store.Setup(s => s.OpenData(Key)).Returns(() => new MemoryStream());
        Store.Setup(s => s.DeleteDataAsync(Key)).Callback(() => Events.Add("delete data")).Returns(Task.CompletedTask);
        Store.Setup(s => s.DeleteAsync(Key)).Callback(() => Events.Add("delete")).Returns(Task.CompletedTask);
        Ingestor.Setup(i => i.IngestAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .Callback(() => Events.Add("ingest"))
            .ReturnsAsync(new StoreResult("iEfcZk3Vn6H8iyqc3seHrm", StoreStatus.Stored));
    }

    public ResumableUpload Upload { get; set; }

    public bool Locked { get; set; }

    public Mock<IUploadStore> Store { get; } = new();

    public Mock<IInstanceIngestor> Ingestor { get; } = new();

    public List<string> Events { get; } = [];

    public FixedClock Clock { get; } = new(Now);

    public IOptions<UploadOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new UploadOptions { MaxFileBytes = 1000 });

    public UploadFinisher Finisher() => new(Store.Object, Ingestor.Object, Options, Clock, NullLogger<UploadFinisher>.Instance);

    public UploadWriter Writer() => new(Store.Object, Finisher(), Options, Clock);

    /// <summary>The store accepts the chunk: the given number of bytes, optionally cut short by an error.</summary>
    public void Accepts(long bytes, Exception? interruption = null) =>
        Store.Setup(s => s.AppendAsync(It.IsAny<ResumableUpload>(), It.IsAny<Stream>(), It.IsAny<ChunkChecksum?>(), It.IsAny<CancellationToken>()))
            .Callback(() => Events.Add($"append {bytes}"))
            .ReturnsAsync(new ChunkWrite(bytes, interruption is null ? null : ExceptionDispatchInfo.Capture(interruption)));

    /// <summary>A clock that says what it is told.</summary>
    internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
