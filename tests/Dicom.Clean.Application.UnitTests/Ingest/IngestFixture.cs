using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Ingest;
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
            .Callback<string, CancellationToken>((key, _) => Events.Add($"commit {key}"))
            .Returns(Task.CompletedTask);
        Blobs.Setup(b => b.StageAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>())).ReturnsAsync(Staged.Object);
        Blobs.Setup(b => b.WriteAsync(It.IsAny<string>(), It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<CancellationToken>()))
            .Callback<string, ReadOnlyMemory<byte>, CancellationToken>((key, _, _) => Events.Add($"write {key}"))
            .Returns(Task.CompletedTask);
        Blobs.Setup(b => b.DeleteAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((key, _) => Events.Add($"delete {key}"))
            .Returns(Task.CompletedTask);
        Parser.Setup(p => p.ParseAsync(It.IsAny<Stream>(), It.IsAny<CancellationToken>())).ReturnsAsync(Parsed("1.2.3.4"));
        Renderer.Setup(r => r.RenderAsync(It.IsAny<Stream>(), It.IsAny<ImageRenderRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(RenderResult.Rendered(new byte[] { 0x89, 0x50 }, "image/png"));
        Ids.Setup(i => i.NewId()).Returns(NewId);
        Repository.Setup(r => r.AddAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>()))
            .Callback<DicomInstance, CancellationToken>((i, _) => { Added = i; Events.Add($"rows {i.Id}"); })
            .Returns(Task.CompletedTask);
        Repository.Setup(r => r.AddAsNewVersionAsync(It.IsAny<DicomInstance>(), It.IsAny<CancellationToken>()))
            .Callback<DicomInstance, CancellationToken>((i, _) => { i.AssignVersion(2); Added = i; Events.Add($"version rows {i.Id}"); })
            .Returns(Task.CompletedTask);
    }

    public Mock<IBlobStore> Blobs { get; } = new();

    public Mock<IStagedBlob> Staged { get; } = new();

    public Mock<IDicomParser> Parser { get; } = new();

    public Mock<IImageRenderer> Renderer { get; } = new();

    public Mock<IInstanceRepository> Repository { get; } = new();

    public Mock<IInstanceIdGenerator> Ids { get; } = new();

    public List<string> Events { get; } = [];

    public DicomInstance? Added { get; private set; }

    public DuplicatePolicy Policy { get; set; } = DuplicatePolicy.Reject;

    public IInstanceIngestor Create() =>
        new InstanceIngestor(Blobs.Object, Parser.Object, Renderer.Object, Repository.Object, Ids.Object, TimeProvider.System,
            Options.Create(new IngestOptions { DuplicatePolicy = Policy }), NullLogger<InstanceIngestor>.Instance);

    public static ParsedDicom Parsed(string? sopInstanceUid) => new(
        new InstanceAttributes { SopInstanceUid = sopInstanceUid, Modality = "MR" },
        [
            new ParsedElement(0x00080018, "UI", "SOPInstanceUID", sopInstanceUid ?? string.Empty, string.Empty),
            new ParsedElement(0x00081115, "SQ", "ReferencedSeriesSequence", string.Empty, string.Empty),
            new ParsedElement(0x0020000E, "UI", "SeriesInstanceUID", "1.2", "(0008,1115)[0]"),
            new ParsedElement(0x0020000E, "UI", "SeriesInstanceUID", "1.3", "(0008,1115)[1]"),
        ],
        []);

    public static DicomInstance Stored(InstanceId id) =>
        DicomInstance.Create(id, new InstanceAttributes(), new StoredContent(Sha, 4), true, [], DateTimeOffset.UnixEpoch);
}
