using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests;

public sealed class InstancesRoutesTests : ServiceFixture
{
    [Test]
    public async Task PostInstances_WithDicomBody_AnswersLikePostDicom()
    {
        var file = TestDicomFiles.Build("1.2.3.4.5");

        var first = await Client.PostAsync("/instances", Dicom(file));
        var again = await Client.PostAsync("/instances", Dicom(file));
        var conflict = await Client.PostAsync("/instances", Dicom(TestDicomFiles.Build("1.2.3.4.5", patientId: "P9")));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.That((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(), Is.EqualTo(id));
        Assert.That((await Problems.ReadAsync(conflict, HttpStatusCode.Conflict)).GetProperty("existingId").GetString(), Is.EqualTo(id));
    }

    [Test]
    public async Task PostInstances_WithMultipart_Answers207WithOneResultPerFile()
    {
        using var form = new MultipartFormDataContent
        {
            { Dicom(TestDicomFiles.Build("1.1")), "files", "a.dcm" },
            { Dicom(TestDicomFiles.Build("1.1")), "files", "a-again.dcm" },
            { Dicom("not dicom"u8.ToArray()), "files", "b.txt" },
            { Dicom(TestDicomFiles.Build("1.2")), "files", "c.dcm" },
        };

        var response = await Client.PostAsync("/instances", form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MultiStatus));
        var results = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results").EnumerateArray().ToList();
        Assert.That(results.Select(r => r.GetProperty("statusCode").GetInt32()), Is.EqualTo(new[] { 201, 200, 422, 201 }));
        Assert.That(results.Select(r => r.GetProperty("status").GetString()), Is.EqualTo(new[] { "Stored", "AlreadyStored", "Failed", "Stored" }));
        Assert.That(results[2].GetProperty("error").GetProperty("offset").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task GetInstance_ReturnsStoredAttributes()
    {
        var file = TestDicomFiles.Build("1.2.3.4.5", rows: 8, columns: 9);
        var id = await StoreAsync(file);

        var instance = await Client.GetFromJsonAsync<JsonElement>($"/instances/{id}");

        Assert.That(instance.GetProperty("id").GetString(), Is.EqualTo(id));
        Assert.That(instance.GetProperty("sopInstanceUid").GetString(), Is.EqualTo("1.2.3.4.5"));
        Assert.That(instance.GetProperty("rows").GetInt32(), Is.EqualTo(8));
        Assert.That(instance.GetProperty("columns").GetInt32(), Is.EqualTo(9));
        Assert.That(instance.GetProperty("sizeBytes").GetInt64(), Is.EqualTo(file.Length));
        Assert.That(instance.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(file))));
    }

    [Test]
    public async Task Store_ThenTheDefaultImageIsStoredAfterTheAnswer_AndServesTheSameBytesAsBefore()
    {
        var id = await StoreAsync(TestDicomFiles.Build("1.2.3.4.6", rows: 8, columns: 9));

        // Served at once whether or not the PNG is stored yet (rendered from the original if not).
        var first = await Client.GetAsync($"/image?id={id}");
        var firstBytes = await first.Content.ReadAsByteArrayAsync();

        // The worker stores it shortly after the answer; a generous bound, not a speed check.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        bool stored;
        while (!(stored = (await Client.GetFromJsonAsync<JsonElement>($"/instances/{id}")).GetProperty("hasRenderedImage").GetBoolean())
               && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        var second = await Client.GetAsync($"/image?id={id}");
        Assert.That(stored, Is.True, "the PNG was stored after the answer");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.EqualTo(firstBytes), "the stored PNG is the image rendered on demand");
        Assert.That(second.Headers.ETag, Is.EqualTo(first.Headers.ETag));
    }

    [Test]
    public async Task ListInstances_FiltersAndPages()
    {
        await StoreAsync(TestDicomFiles.Build("1.1", patientId: "A", modality: "MR"));
        await StoreAsync(TestDicomFiles.Build("1.2", patientId: "A", modality: "CT"));
        await StoreAsync(TestDicomFiles.Build("1.3", patientId: "B", modality: "MR"));

        var mr = await Client.GetFromJsonAsync<JsonElement>("/instances?modality=MR&pageSize=1");
        var patientA = await Client.GetFromJsonAsync<JsonElement>("/instances?patientId=A");
        var series = await Client.GetFromJsonAsync<JsonElement>("/instances?seriesInstanceUid=1.2.3.4&studyInstanceUid=1.2.3");

        Assert.That(mr.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        Assert.That(mr.GetProperty("items").GetArrayLength(), Is.EqualTo(1));
        Assert.That(patientA.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        Assert.That(series.GetProperty("totalCount").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task GetInstanceTags_EqualsSeedTagsRoute()
    {
        var id = await StoreAsync(TestDicomFiles.Build("1.1"));

        var resource = await Client.GetStringAsync($"/instances/{id}/tags");
        var seed = await Client.GetStringAsync($"/tags?id={id}");

        Assert.That(resource, Is.EqualTo(seed));
    }

    [Test]
    public async Task GetInstanceImage_WithJpegAndWindow_RendersOnRequest()
    {
        var id = await StoreAsync(TestDicomFiles.Build("1.1"));

        var response = await Client.GetAsync($"/instances/{id}/image?frame=1&window=40,400&format=jpeg");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/jpeg"));
        Assert.That((await response.Content.ReadAsByteArrayAsync())[..3], Is.EqualTo(new byte[] { 0xFF, 0xD8, 0xFF }), "JPEG SOI marker");
    }

    [Test]
    public async Task GetInstanceImage_WithFrameBeyondLast_Returns422()
    {
        var id = await StoreAsync(TestDicomFiles.Build("1.1"));

        await Problems.ReadAsync(await Client.GetAsync($"/instances/{id}/image?frame=2"), HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task GetInstanceFile_ReturnsOriginalBytesWithEtagAndRanges()
    {
        var file = TestDicomFiles.Build("1.1");
        var id = await StoreAsync(file);

        var whole = await Client.GetAsync($"/instances/{id}/file");
        using var rangeRequest = new HttpRequestMessage(HttpMethod.Get, $"/instances/{id}/file");
        rangeRequest.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 7);
        var part = await Client.SendAsync(rangeRequest);

        Assert.That(whole.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/dicom"));
        Assert.That(await whole.Content.ReadAsByteArrayAsync(), Is.EqualTo(file));
        Assert.That(whole.Headers.ETag!.Tag, Is.EqualTo($"\"{Convert.ToHexStringLower(SHA256.HashData(file))}\""));
        Assert.That(part.StatusCode, Is.EqualTo(HttpStatusCode.PartialContent));
        Assert.That(await part.Content.ReadAsByteArrayAsync(), Is.EqualTo(file[..8]));
    }

    [Test]
    public async Task DeleteInstance_RemovesRowsAndBlobs()
    {
        var id = await StoreAsync(TestDicomFiles.Build("1.1"));
        Factory.WaitForDefaultImages();
        Assert.That(Directory.GetFiles(Factory.BlobRoot, "*", SearchOption.AllDirectories), Has.Length.EqualTo(2));

        var response = await Client.DeleteAsync($"/instances/{id}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await Problems.ReadAsync(await Client.GetAsync($"/instances/{id}"), HttpStatusCode.NotFound);
        Assert.That(Directory.GetFiles(Factory.BlobRoot, "*", SearchOption.AllDirectories), Is.Empty);
        Assert.That((await Client.PostAsync("/instances", Dicom(TestDicomFiles.Build("1.1")))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task PostInstances_ConcurrentlySameFile_StoresExactlyOne()
    {
        var file = TestDicomFiles.Build("1.1");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Client.PostAsync("/instances", Dicom(file))));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(9));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()));
        Assert.That(ids.Distinct().Count(), Is.EqualTo(1));
        Factory.WaitForDefaultImages();
        Assert.That(Directory.GetFiles(Factory.BlobRoot, "*", SearchOption.AllDirectories), Has.Length.EqualTo(2));
    }

    [Test]
    public async Task DeleteInstance_RightAfterTheStore_LeavesNoPngBehindWhateverTheWorkerDid()
    {
        for (var i = 0; i < 10; i++)
        {
            var id = await StoreAsync(TestDicomFiles.Build($"1.9.{i}", rows: 64, columns: 64));
            Assert.That((await Client.DeleteAsync($"/instances/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Factory.WaitForDefaultImages();
        Assert.That(Directory.GetFiles(Factory.BlobRoot, "*", SearchOption.AllDirectories), Is.Empty);
    }

    private async Task<string> StoreAsync(byte[] file)
    {
        var response = await Client.PostAsync("/instances", Dicom(file));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static ByteArrayContent Dicom(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/dicom");
        return content;
    }
}
