using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests;

public sealed class SeedRoutesTests : ServiceFixture
{
    [Test]
    public async Task PostDicom_WithNewFile_Returns201WithOnlyTheId()
    {
        PlaceImportFile("study/a.dcm", TestDicomFiles.Build("1.2.3.4.5"));

        var response = await Client.PostAsJsonAsync("/dicom", new { path = "study/a.dcm" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(body.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "id" }));
        Assert.That(body.RootElement.GetProperty("id").GetString(), Does.Match("^[2-9A-HJ-NP-Za-km-z]{22}$"));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/instances/{body.RootElement.GetProperty("id").GetString()}"));
    }

    [Test]
    public async Task PostDicom_WithAbsolutePathInsideRoot_Returns201()
    {
        var path = PlaceImportFile("b.dcm", TestDicomFiles.Build("1.2.3.4.6"));

        var response = await Client.PostAsJsonAsync("/dicom", new { path });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task PostDicom_SameFileAgain_Returns200AlreadyStoredWithSameId()
    {
        PlaceImportFile("a.dcm", TestDicomFiles.Build("1.2.3.4.5"));
        var first = await (await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" })).Content.ReadFromJsonAsync<JsonElement>();

        var again = await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" });

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("id").GetString(), Is.EqualTo(first.GetProperty("id").GetString()));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("AlreadyStored"));
    }

    [Test]
    public async Task PostDicom_OtherFileSameSopInstanceUid_Returns409NamingExistingId()
    {
        PlaceImportFile("a.dcm", TestDicomFiles.Build("1.2.3.4.5"));
        PlaceImportFile("b.dcm", TestDicomFiles.Build("1.2.3.4.5", patientId: "P2"));
        var first = await (await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" })).Content.ReadFromJsonAsync<JsonElement>();

        var response = await Client.PostAsJsonAsync("/dicom", new { path = "b.dcm" });

        var problem = await Problems.ReadAsync(response, HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("existingId").GetString(), Is.EqualTo(first.GetProperty("id").GetString()));
    }

    [Test]
    public async Task PostDicom_WithoutUids_StoresAndDeduplicatesByContent()
    {
        PlaceImportFile("a.dcm", TestDicomFiles.Build(null));
        PlaceImportFile("b.dcm", TestDicomFiles.Build(null, patientId: "P2"));

        var a = await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" });
        var b = await Client.PostAsJsonAsync("/dicom", new { path = "b.dcm" });
        var aAgain = await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" });

        Assert.That(new[] { a.StatusCode, b.StatusCode, aAgain.StatusCode },
            Is.EqualTo(new[] { HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.OK }));
    }

    [Test]
    public async Task GetTags_ReturnsSeedShapeInFileOrderWithPathForNestedElements()
    {
        PlaceImportFile("a.dcm", TestDicomFiles.Build("1.2.3.4.5"));
        var id = (await (await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await Client.GetAsync($"/tags?id={id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("uuid").GetString(), Is.EqualTo(id));
        var tags = body.GetProperty("tags").EnumerateArray().ToList();
        Assert.That(tags.Select(t => t.GetProperty("Name").GetString()), Is.EqualTo(new[]
        {
            "SOPClassUID", "SOPInstanceUID", "StudyDate", "Modality", "ReferencedSeriesSequence", "SeriesInstanceUID", "SeriesInstanceUID",
            "PatientName", "PatientID", "StudyInstanceUID", "SeriesInstanceUID", "SamplesPerPixel", "PhotometricInterpretation",
            "Rows", "Columns", "BitsAllocated", "BitsStored", "HighBit", "PixelRepresentation", "PixelData",
        }));
        var patientName = tags[7];
        Assert.That(patientName.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "ID", "Tag", "VR", "Value", "Name" }));
        Assert.That(patientName.GetProperty("Tag").GetString(), Is.EqualTo("(0010,0010)"));
        Assert.That(patientName.GetProperty("VR").GetString(), Is.EqualTo("PN"));
        Assert.That(patientName.GetProperty("Value").GetString(), Is.EqualTo("Doe^Jane"));
        Assert.That(tags[4].GetProperty("Value").GetString(), Is.EqualTo("<SQ 2 items>"));
        Assert.That(tags[5].GetProperty("Path").GetString(), Is.EqualTo("(0008,1115)[0]"));
        Assert.That(tags[6].GetProperty("Path").GetString(), Is.EqualTo("(0008,1115)[1]"));
        Assert.That(tags[6].GetProperty("Value").GetString(), Is.EqualTo("1.2.3.9.2"));
        Assert.That(tags[5].GetProperty("ID").GetInt32(), Is.EqualTo(tags[10].GetProperty("ID").GetInt32()), "one definition per tag, VR and keyword");
        Assert.That(tags[^1].GetProperty("Value").GetString(), Is.EqualTo("<OW 24 bytes>"));
    }

    [Test]
    public async Task GetImage_ReturnsPngOfFrameOne()
    {
        PlaceImportFile("a.dcm", TestDicomFiles.Build("1.2.3.4.5", rows: 5, columns: 7));
        var id = (await (await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await Client.GetAsync($"/image?id={id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/png"));
        Assert.That(TestPng.Size(await response.Content.ReadAsByteArrayAsync()), Is.EqualTo((7, 5)));
    }

    [Test]
    public async Task GetImage_WithoutPixelData_Returns422WithReason()
    {
        PlaceImportFile("a.dcm", TestDicomFiles.Build("1.2.3.4.5", withPixels: false));
        var id = (await (await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var problem = await Problems.ReadAsync(await Client.GetAsync($"/image?id={id}"), HttpStatusCode.UnprocessableEntity);

        Assert.That(problem.GetProperty("reason").GetString(), Does.Contain("no pixel data"));
    }

    [Test]
    public async Task StoredInstances_AfterRestart_StillAnswer()
    {
        PlaceImportFile("a.dcm", TestDicomFiles.Build("1.2.3.4.5"));
        var id = (await (await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        Restart();

        Assert.That((await Client.GetAsync($"/tags?id={id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Client.GetAsync($"/image?id={id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Client.PostAsJsonAsync("/dicom", new { path = "a.dcm" })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
