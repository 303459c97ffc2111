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
    public async Task GetTags_ReturnsFileOrderWithPathOnlyForNestedElements()
    {
        var repository = new Mock<IInstanceRepository>();
        var values = new[]
        {
            new InstanceTagValue(1, "(0008,1115)[0]", new TagDefinition(0x0020000E, "UI", "SeriesInstanceUID"), "1.2"),
            new InstanceTagValue(0, string.Empty, new TagDefinition(0x00081115, "SQ", "ReferencedSeriesSequence"), string.Empty),
        };
        repository.Setup(r => r.FindWithTagsAsync(Id, It.IsAny<CancellationToken>())).ReturnsAsync(
            DicomInstance.Create(Id, new InstanceAttributes(), new StoredContent(new string('0', 64), 1), false, values, DateTimeOffset.UnixEpoch));

        var tags = await new GetInstanceTagsHandler(repository.Object).Handle(new GetInstanceTagsQuery(Id.Value), CancellationToken.None);

        Assert.That(tags!.Id, Is.EqualTo(Id.Value));
        Assert.That(tags.Tags.Select(t => t.Tag), Is.EqualTo(new[] { "(0008,1115)", "(0020,000E)" }));
        Assert.That(tags.Tags.Select(t => t.Path), Is.EqualTo(new[] { null, "(0008,1115)[0]" }));
        Assert.That(tags.Tags[1].Name, Is.EqualTo("SeriesInstanceUID"));
    }

    [Test]
    public async Task GetTags_WithUnknownId_ReturnsNull() =>
        Assert.That(await new GetInstanceTagsHandler(new Mock<IInstanceRepository>().Object)
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
}
