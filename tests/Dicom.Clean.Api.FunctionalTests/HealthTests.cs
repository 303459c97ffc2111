using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests;

public sealed class HealthTests : ServiceFixture
{
    [Test]
    public async Task Health_WithDatabaseAndBlobRoot_Returns200()
    {
        var response = await Client.GetAsync("/health");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        Assert.That(body.GetProperty("checks").GetProperty("database").GetString(), Is.EqualTo("Healthy"));
        Assert.That(body.GetProperty("checks").GetProperty("blobs").GetString(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Health_WithBlobRootGone_Returns503Problem()
    {
        _ = await Client.GetAsync("/heartbeat");
        Directory.Delete(Factory.BlobRoot, recursive: true);

        var problem = await Problems.ReadAsync(await Client.GetAsync("/health"), HttpStatusCode.ServiceUnavailable);

        Assert.That(problem.GetProperty("checks").GetProperty("blobs").GetString(), Is.EqualTo("Unhealthy"));
    }

    [Test]
    public async Task Heartbeat_Returns200()
    {
        var response = await Client.GetAsync("/heartbeat");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString(), Is.EqualTo("alive"));
    }

    [Test]
    public async Task Scalar_IsServed()
    {
        var response = await Client.GetAsync("/scalar/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
    }
}
