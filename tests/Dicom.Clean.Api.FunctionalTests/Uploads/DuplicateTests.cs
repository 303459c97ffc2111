using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Uploads;

/// <summary>The duplicate policy of docs/ingest.md: same bytes, same SOP Instance UID, versions.</summary>
public sealed class DuplicateTests : DataFolderFixture
{
    [Test]
    public async Task TwentyConcurrentUploadsOfTheSameInstance_StoreExactlyOneAndAnswerTheOthersAlreadyStored()
    {
        using var factory = new DicomCleanFactory(DataFolder);
        using var client = factory.CreateClient();
        var file = TestDicomFiles.Build("1.2.3.100", rows: 64, columns: 64);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostAsync("/instances", Dicom(file))));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(19));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.That(bodies.Select(b => b.GetProperty("id").GetString()).Distinct().Count(), Is.EqualTo(1));
        Assert.That(bodies.Count(b => b.TryGetProperty("status", out var s) && s.GetString() == "AlreadyStored"), Is.EqualTo(19));
        var stored = StorageSnapshot.Take(factory);
        Assert.That(stored.Instances, Is.EqualTo(1));
        Assert.That(stored.Blobs.Split('\n'), Has.Length.EqualTo(2), "one original and one rendered image");
    }

    [Test]
    public async Task SameSopInstanceUidOtherBytes_ByDefault_Returns409NamingTheStoredIdAndKeepsNothing()
    {
        using var factory = new DicomCleanFactory(DataFolder);
        using var client = factory.CreateClient();
        var first = await StoreAsync(client, TestDicomFiles.Build("1.2.3.101"));
        var before = StorageSnapshot.Take(factory);

        var problem = await Problems.ReadAsync(await client.PostAsync("/instances", Dicom(TestDicomFiles.Build("1.2.3.101", patientId: "P2"))),
            HttpStatusCode.Conflict);

        Assert.That(problem.GetProperty("existingId").GetString(), Is.EqualTo(first));
        Assert.That(StorageSnapshot.Take(factory), Is.EqualTo(before));
    }

    [Test]
    public async Task SameSopInstanceUidOtherBytes_WithKeepVersions_StoresANewVersionAndKeepsTheOld()
    {
        using var factory = KeepVersions();
        using var client = factory.CreateClient();
        var v1File = TestDicomFiles.Build("1.2.3.102");
        var v2File = TestDicomFiles.Build("1.2.3.102", patientId: "P2");
        var v1 = await StoreAsync(client, v1File);

        var v2 = await StoreAsync(client, v2File);
        var again = await client.PostAsync("/instances", Dicom(v1File));

        Assert.That(v2, Is.Not.EqualTo(v1));
        Assert.That((await client.GetFromJsonAsync<JsonElement>($"/instances/{v1}")).GetProperty("version").GetInt32(), Is.EqualTo(1));
        Assert.That((await client.GetFromJsonAsync<JsonElement>($"/instances/{v2}")).GetProperty("version").GetInt32(), Is.EqualTo(2));
        Assert.That(await client.GetByteArrayAsync($"/instances/{v1}/file"), Is.EqualTo(v1File));
        Assert.That(await client.GetByteArrayAsync($"/instances/{v2}/file"), Is.EqualTo(v2File));
        Assert.That((await client.GetAsync($"/tags?id={v1}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(), Is.EqualTo(v1));
    }

    [Test]
    public async Task ConcurrentDifferentFilesOfOneSopInstanceUid_WithKeepVersions_GetDistinctVersions()
    {
        using var factory = KeepVersions();
        using var client = factory.CreateClient();
        var files = Enumerable.Range(0, 8).Select(i => TestDicomFiles.Build("1.2.3.103", patientId: $"P{i}")).ToArray();

        var responses = await Task.WhenAll(files.Select(f => client.PostAsync("/instances", Dicom(f))));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()));
        var versions = await Task.WhenAll(ids.Select(async id => (await client.GetFromJsonAsync<JsonElement>($"/instances/{id}")).GetProperty("version").GetInt32()));
        Assert.That(versions, Is.EquivalentTo(Enumerable.Range(1, 8)));
    }

    private DicomCleanFactory KeepVersions() =>
        new(DataFolder, settings: new Dictionary<string, string> { ["Ingest:DuplicatePolicy"] = "KeepVersions" });

    private static async Task<string> StoreAsync(HttpClient client, byte[] file)
    {
        var response = await client.PostAsync("/instances", Dicom(file));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static ByteArrayContent Dicom(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/dicom");
        return content;
    }
}
