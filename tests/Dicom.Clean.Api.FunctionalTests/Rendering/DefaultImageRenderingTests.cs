using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;
using Dicom.Clean.Domain.Instances;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Api.FunctionalTests.Rendering;

/// <summary>When the default image is rendered: after the answer (the default), or before it (<c>Ingest:Rendering</c>).</summary>
public sealed class DefaultImageRenderingTests : DataFolderFixture
{
    [Test]
    public async Task ByDefault_ThePngIsWrittenAfterTheAnswer_ThenNamedByTheRow()
    {
        using var factory = new DicomCleanFactory(DataFolder);
        using var client = factory.CreateClient();

        var id = await StoreAsync(client, TestDicomFiles.Build("1.2.3.700", rows: 16, columns: 16));
        factory.WaitForDefaultImages();

        var instance = await client.GetFromJsonAsync<JsonElement>($"/instances/{id}");
        Assert.That(instance.GetProperty("hasRenderedImage").GetBoolean(), Is.True);
        Assert.That(File.Exists(Path.Combine(factory.BlobRoot, InstanceBlobKeys.Rendered(InstanceId.From(id)))), Is.True);
        var image = await client.GetAsync($"/image?id={id}");
        Assert.That(image.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(image.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
    }

    [Test]
    public async Task ByDefault_AFileWithoutPixelData_QueuesNothingAndGetsNoPng()
    {
        using var factory = new DicomCleanFactory(DataFolder);
        using var client = factory.CreateClient();

        var id = await StoreAsync(client, TestDicomFiles.Build("1.2.3.701", withPixels: false));
        factory.WaitForDefaultImages();

        var instance = await client.GetFromJsonAsync<JsonElement>($"/instances/{id}");
        Assert.That(instance.GetProperty("hasRenderedImage").GetBoolean(), Is.False);
        Assert.That(Directory.Exists(Path.Combine(factory.BlobRoot, "rendered")) ? Directory.GetFiles(Path.Combine(factory.BlobRoot, "rendered"), "*", SearchOption.AllDirectories) : [], Is.Empty);
    }

    [Test]
    public async Task RenderingBeforeAnswer_ThePngIsNamedWhenTheAnswerComes()
    {
        using var factory = new DicomCleanFactory(DataFolder, settings: new Dictionary<string, string> { ["Ingest:Rendering"] = "BeforeAnswer" });
        using var client = factory.CreateClient();

        var id = await StoreAsync(client, TestDicomFiles.Build("1.2.3.702", rows: 16, columns: 16));

        var instance = await client.GetFromJsonAsync<JsonElement>($"/instances/{id}");
        Assert.That(instance.GetProperty("hasRenderedImage").GetBoolean(), Is.True, "no wait: written before the answer");
    }

    [TestCase("Ingest:Rendering", "AfterAnwser")]
    [TestCase("Ingest:Rendering", "7")]
    [TestCase("Ingest:DuplicatePolicy", "Overwrite")]
    public void AMisspeltIngestSetting_StopsTheStartNotTheFirstStore(string key, string value)
    {
        using var factory = new DicomCleanFactory(DataFolder, settings: new Dictionary<string, string> { [key] = value });

        var ex = Assert.Catch(() => factory.CreateClient().Dispose());

        Assert.That(ex, Is.InstanceOf<OptionsValidationException>().Or.InstanceOf<InvalidOperationException>());
        Assert.That(ex!.ToString(), Does.Contain(key.Split(':')[1]));
    }

    private static async Task<string> StoreAsync(HttpClient client, byte[] file)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new("application/dicom");
        var response = await client.PostAsync("/instances", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
