using System.Text;
using System.Text.Json;
using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Queries.GetInstanceTags;
using Dicom.Clean.Application.Instances.Queries.ListInstances;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Queries;

public sealed class ReadHandlerTests
{
    private static readonly InstanceId Id = InstanceId.From("iEfcZk3Vn6H8iyqc3seHrm");

    [Test]
    public async Task GetTags_WithStoredDocument_ServesItWithoutReadingRows()
    {
        var documents = new Mock<ITagsDocumentStore>();
        var repository = new Mock<IInstanceRepository>(MockBehavior.Strict);
        documents.Setup(d => d.FindAsync(Id, It.IsAny<CancellationToken>())).ReturnsAsync("{\"uuid\":\"x\",\"tags\":[]}"u8.ToArray());

        var tags = await new GetInstanceTagsHandler(documents.Object, repository.Object).Handle(new GetInstanceTagsQuery(Id.Value), CancellationToken.None);

        Assert.That(Encoding.UTF8.GetString(tags!.Utf8Json.Span), Is.EqualTo("{\"uuid\":\"x\",\"tags\":[]}"));
    }

    [Test]
    public async Task GetTags_WithoutStoredDocument_WritesItFromRowsInFileOrderWithPathOnlyForNestedElements()
    {
        var repository = new Mock<IInstanceRepository>();
        var values = new[]
        {
            new InstanceTagValue(1, "(0008,1115)[0]", new TagDefinition(0x0020000E, "UI", "SeriesInstanceUID"), "1.2"),
            new InstanceTagValue(0, string.Empty, new TagDefinition(0x00081115, "SQ", "ReferencedSeriesSequence"), string.Empty),
        };
        repository.Setup(r => r.FindWithTagsAsync(Id, It.IsAny<CancellationToken>())).ReturnsAsync(
            DicomInstance.Create(Id, new InstanceAttributes(), new StoredContent(new string('0', 64), 1), false, values, DateTimeOffset.UnixEpoch));

        var tags = await new GetInstanceTagsHandler(NoDocuments(), repository.Object)
            .Handle(new GetInstanceTagsQuery(Id.Value), CancellationToken.None);

        using var json = JsonDocument.Parse(tags!.Utf8Json);
        var elements = json.RootElement.GetProperty("tags").EnumerateArray().ToList();
        Assert.That(json.RootElement.GetProperty("uuid").GetString(), Is.EqualTo(Id.Value));
        Assert.That(elements.Select(t => t.GetProperty("Tag").GetString()), Is.EqualTo(new[] { "(0008,1115)", "(0020,000E)" }));
        Assert.That(elements[0].TryGetProperty("Path", out _), Is.False);
        Assert.That(elements[1].GetProperty("Path").GetString(), Is.EqualTo("(0008,1115)[0]"));
        Assert.That(elements[1].GetProperty("Name").GetString(), Is.EqualTo("SeriesInstanceUID"));
    }

    [Test]
    public async Task GetTags_WithUnknownId_ReturnsNull() =>
        Assert.That(await new GetInstanceTagsHandler(NoDocuments(), new Mock<IInstanceRepository>().Object)
            .Handle(new GetInstanceTagsQuery(Id.Value), CancellationToken.None), Is.Null);

    [Test]
    public async Task List_PassesFilterAndPageAndMapsItems()
    {
        var repository = new Mock<IInstanceRepository>();
        var instance = DicomInstance.Create(Id, new InstanceAttributes { Modality = "CT" }, new StoredContent(new string('0', 64), 7), true, [], DateTimeOffset.UnixEpoch);
        repository.Setup(r => r.ListAsync(new InstanceFilter { Modality = "CT" }, 20, 10, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new InstancePage([instance], 21));

        var list = await new ListInstancesHandler(repository.Object).Handle(new ListInstancesQuery(3, 10, Modality: "CT", PatientId: " "), CancellationToken.None);

        Assert.That(list.TotalCount, Is.EqualTo(21));
        Assert.That(list.Items.Single().Id, Is.EqualTo(Id.Value));
        Assert.That(list.Items.Single().HasRenderedImage, Is.True);
        Assert.That(list.Items.Single().SizeBytes, Is.EqualTo(7));
    }

    // Moq's default for byte[] is an empty array, not null: say "no document" explicitly.
    private static ITagsDocumentStore NoDocuments()
    {
        var documents = new Mock<ITagsDocumentStore>();
        documents.Setup(d => d.FindAsync(It.IsAny<InstanceId>(), It.IsAny<CancellationToken>())).ReturnsAsync((byte[]?)null);
        return documents.Object;
    }
}
