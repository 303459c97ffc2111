using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Ingest;
using Dicom.Clean.Application.Instances.Rendering;
using Dicom.Clean.Domain.Instances;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Ingest;

/// <summary>An ingestor over Moq ports, with a recorded order of the writes.</summary>
internal sealed class IngestFixture
{
    public static readonly InstanceId NewId = InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm");
    public static readonly InstanceId OtherId = InstanceId.From("22222222222222222222ab");
    public const string Sha = "0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f";

    public IngestFixture()
    {
        Staged.SetupGet(s => s.Sha256).Returns(Sha);
        Staged.SetupGet(s => s.SizeBytes).Returns(4);
        Staged.Setup(s => s.OpenRead()).Returns(() => new MemoryStream([1, 2, 3, 4]));
        Staged.Setup(s => s.CommitAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((key, _) => Record($"commit {key}"))
            .Returns(Task.CompletedTask);
        // Staging reads the upload to its end, as the disk store does (so ingest keeps its copy).
        Blobs.Setup(b => b.StageAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>()))
            .Returns<Stream, CancellationToken>(async (s, ct) =>
            {
                await s.CopyToAsync(Stream.Null, ct);
                return Staged.Object;
            });
        Blobs.Setup(b => b.WriteAsync(It.IsAny<string>(), It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<CancellationToken>()))
            .Callback<string, ReadOnlyMemory<byte>, CancellationToken>((key, _, _) => Record($"write {key}"))
            .Returns(Task.CompletedTask);
        Blobs.Setup(b => b.DeleteAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((key, _) => Record($"delete {key}"))
            .Returns(Task.CompletedTask);
        Parser.Setup(p => p.ParseAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>())).ReturnsAsync(Parsed("1.2.3.4"));
        Renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(RenderResult.Rendered(new byte[] { 0x89, 0x50 }, "image/png"));
        Ids.Setup(i => i.NewId()).Returns(NewId);
        Queue.Setup(q => q.TryEnqueue(It.IsAny<InstanceId>())).Callback<InstanceId>(id => Record($"queue {id}")).Returns(true);
        Repository.Setup(r => r.AddAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>()))
            .Callback<DicomInstance, CancellationToken>((i, _) => { Added = i; Record($"rows {i.Id}"); })
            .Returns(Task.CompletedTask);
        Repository.Setup(r => r.AddAsNewVersionAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>()))
            .Callback<DicomInstance, CancellationToken>((i, _) => { i.AssignVersion(2); Added = i; Record($"version rows {i.Id}"); })
            .Returns(Task.CompletedTask);
    }

    public Mock<IBlobStore> Blobs { get; } = new();

    public Mock<IStagedBlob> Staged { get; } = new();

    public Mock<IDicomParser> Parser { get; } = new();

    public Mock<IImageRenderer> Renderer { get; } = new();

    public Mock<IInstanceRepository> Repository { get; } = new();

    public Mock<IInstanceIdGenerator> Ids { get; } = new();

    public Mock<IDefaultImageQueue> Queue { get; } = new();

    /// <summary>What was written, in order; the original's commit and the PNG's write run in parallel.</summary>
    public List<string> Events { get; } = [];

    public DicomInstance? Added { get; private set; }

    /// <summary>Staging that does not hand the upload through (as if too large to keep): ingest reads the staged blob.</summary>
    public void StageWithoutCopy() =>
        Blobs.Setup(b => b.StageAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>())).ReturnsAsync(Staged.Object);

    public DuplicatePolicy Policy { get; set; } = DuplicatePolicy.Reject;

    /// <summary>Most tests here check the PNG's write at ingest; the service's default is <see cref="IngestRendering.AfterAnswer"/>.</summary>
    public IngestRendering Rendering { get; set; } = IngestRendering.BeforeAnswer;

    public IInstanceIngestor Create() =>
        new InstanceIngestor(Blobs.Object, Parser.Object,
            new DefaultImageCache(Repository.Object, Blobs.Object, Renderer.Object, NullLogger<DefaultImageCache>.Instance),
            Queue.Object, Repository.Object, Ids.Object, TimeProvider.System,
            Options.Create(new IngestOptions { DuplicatePolicy = Policy, Rendering = Rendering }), NullLogger<InstanceIngestor>.Instance);

    private void Record(string change)
    {
        lock (Events)
        {
            Events.Add(change);
        }
    }

    public static ParsedDicom Parsed(string? sopInstanceUid) => new(
        new InstanceAttributes { SopInstanceUid = sopInstanceUid, Modality = "MR", Rows = 2, Columns = 2 },
        [
            new ParsedElement(0x00080018, "UI", "SOPInstanceUID", sopInstanceUid ?? string.Empty, string.Empty),
            new ParsedElement(0x00081115, "SQ", "ReferencedSeriesSequence", string.Empty, string.Empty),
            new ParsedElement(0x0020000E, "UI", "SeriesInstanceUID", "1.2", "(0008,1115)[0]"),
            new ParsedElement(0x0020000E, "UI", "SeriesInstanceUID", "1.3", "(0008,1115)[1]"),
            new ParsedElement(0x7FE00010, "OW", "PixelData", string.Empty, string.Empty),
        ],
        []);

    public static DicomInstance Stored(InstanceId id) =>
        DicomInstance.Create(id, new InstanceAttributes(), new StoredContent(Sha, 4), true, [], DateTimeOffset.UnixEpoch);
}
