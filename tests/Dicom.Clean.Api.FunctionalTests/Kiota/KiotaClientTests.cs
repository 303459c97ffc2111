using Dicom.Clean.Api.FunctionalTests.Kiota.Generated;
using Dicom.Clean.Api.FunctionalTests.Kiota.Generated.Models;
using Dicom.Clean.Api.FunctionalTests.Support;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Dicom.Clean.Api.FunctionalTests.Kiota;

/// <summary>
/// The seed's three calls through a client Kiota generated from the committed OpenAPI document
/// (regenerate with <c>Kiota/regenerate.sh</c>): proves the document describes the routes truly.
/// </summary>
public sealed class KiotaClientTests : ServiceFixture
{
    [Test]
    public async Task GeneratedClient_RunsTheSeedCalls()
    {
        PlaceImportFile("a.dcm", TestDicomFiles.Build("1.2.3.4.5", rows: 6, columns: 2));
        using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: Client) { BaseUrl = Client.BaseAddress!.ToString().TrimEnd('/') };
        var client = new DicomCleanClient(adapter);

        var stored = await client.Dicom.PostAsync(new ImportRequest { Path = "a.dcm" });
        var tags = await client.Tags.GetAsync(r => r.QueryParameters.Id = stored!.Id);
        await using var image = await client.Image.GetAsync(r => r.QueryParameters.Id = stored!.Id);

        Assert.That(stored!.Id, Has.Length.EqualTo(22));
        Assert.That(tags!.Uuid, Is.EqualTo(stored.Id));
        Assert.That(tags.Tags!.Single(t => t.Name == "PatientName").Value, Is.EqualTo("Doe^Jane"));
        using var png = new MemoryStream();
        await image!.CopyToAsync(png);
        Assert.That(TestPng.Size(png.ToArray()), Is.EqualTo((2, 6)));
    }

    [Test]
    public async Task GeneratedClient_GetsProblemDetailsForErrors()
    {
        using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: Client) { BaseUrl = Client.BaseAddress!.ToString().TrimEnd('/') };
        var client = new DicomCleanClient(adapter);

        var ex = Assert.ThrowsAsync<ProblemDetails>(() => client.Dicom.PostAsync(new ImportRequest { Path = "../x.dcm" }));

        Assert.That(ex!.Status, Is.EqualTo(403));
    }
}
