using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;
using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Api.FunctionalTests.Jobs;

/// <summary>Folder jobs with authentication and encryption on, as deployed.</summary>
public sealed class JobSecurityTests : JobServiceFixture
{
    [Test]
    public async Task FolderJob_StartedByAWriterKey_AuditsEveryStoreUnderThatKey()
    {
        Start();
        PlaceFile("study/a.dcm", TestDicomFiles.Build("1.2.3.500.1"));
        PlaceFile("study/b.dcm", TestDicomFiles.Build("1.2.3.500.2"));
        var token = await CreateTokenAsync("writer");
        using var writer = NewClient(token);

        var job = await WaitForJobAsync(await StartJobAsync("study", writer));

        var stores = await AuditEntriesAsync("Store");
        Assert.That(stores, Has.Length.EqualTo(2));
        Assert.That(stores.Select(e => e.GetProperty("keyId").GetString()), Is.All.EqualTo(ApiKeyToken.TryGetId(token)));
        Assert.That(job.GetProperty("requestedBy").GetString(), Is.EqualTo(ApiKeyToken.TryGetId(token)), "the report names the key the job acts for");
    }

    [Test]
    public async Task FolderJob_ResumedAfterARestart_StillAuditsUnderTheKeyThatStartedIt()
    {
        for (var i = 0; i < 4; i++)
        {
            PlaceFile($"study/{i}.dcm", TestDicomFiles.Build($"1.2.3.510.{i}"));
        }

        Start();
        var token = await CreateTokenAsync("writer");
        var gate = new StallingIngestor.Gate(completeFirst: 1);
        Start(parallelism: 1, services => JobResumeTests.Stall(services, gate));
        using (var writer = NewClient(token))
        {
            var location = await StartJobAsync("study", writer);
            await gate.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(60));
            Stop();
            Start(parallelism: 1);
            await WaitForJobAsync(location);
        }

        var stores = await AuditEntriesAsync("Store");
        Assert.That(stores, Has.Length.EqualTo(4));
        Assert.That(stores.Select(e => e.GetProperty("keyId").GetString()), Is.All.EqualTo(ApiKeyToken.TryGetId(token)));
    }

    [Test]
    public async Task FolderJob_WhoseKeyIsRevokedWhileItRuns_FailsWithTheReasonAndStoresNoMore()
    {
        for (var i = 0; i < 4; i++)
        {
            PlaceFile($"study/{i}.dcm", TestDicomFiles.Build($"1.2.3.540.{i}"));
        }

        Start();
        var token = await CreateTokenAsync("writer");
        var gate = new StallingIngestor.Gate(completeFirst: 1);
        Start(parallelism: 1, services => JobResumeTests.Stall(services, gate));
        string location;
        using (var writer = NewClient(token))
        {
            location = await StartJobAsync("study", writer);
        }

        await gate.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.That((await Client.DeleteAsync($"/keys/{ApiKeyToken.TryGetId(token)}")).IsSuccessStatusCode, Is.True);
        Stop();
        Start(parallelism: 1);

        var job = await WaitForJobAsync(location);

        Assert.That(job.GetProperty("state").GetString(), Is.EqualTo("Failed"));
        Assert.That(job.GetProperty("failureReason").GetString(), Does.Contain("revoked"));
        Assert.That(await AuditEntriesAsync("Store"), Has.Length.EqualTo(2), "the two stored before the revocation");
    }

    [Test]
    public async Task PostDicomWithFolder_WithAReaderKey_IsForbiddenButJobsAreReadable()
    {
        Start();
        PlaceFile("study/a.dcm", TestDicomFiles.Build("1.2.3.520.1"));
        using var reader = NewClient(await CreateTokenAsync("reader"));

        var start = await reader.PostAsJsonAsync("/dicom", new { path = "study" });

        await Problems.ReadAsync(start, HttpStatusCode.Forbidden);
        Assert.That((await reader.GetAsync("/jobs")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var anonymous = NewClient();
        anonymous.DefaultRequestHeaders.Remove("X-Api-Key");
        Assert.That((await anonymous.GetAsync("/jobs")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task FolderJob_WritesBlobsEncryptedThatReadBackAsTheFile()
    {
        Start();
        var file = TestDicomFiles.Build("1.2.3.530.1");
        PlaceFile("study/a.dcm", file);

        await WaitForJobAsync(await StartJobAsync("study"));

        var list = await Client.GetFromJsonAsync<JsonElement>("/instances");
        var id = list.GetProperty("items")[0].GetProperty("id").GetString()!;
        var onDisk = await File.ReadAllBytesAsync(Directory.GetFiles(Path.Combine(BlobRoot, "originals"), $"{id}.*", SearchOption.AllDirectories).Single());
        Assert.That(onDisk[..4], Is.EqualTo("DCEB"u8.ToArray()), "the encrypted blob header");
        Assert.That(await Client.GetByteArrayAsync($"/instances/{id}/file"), Is.EqualTo(file));
    }

    private async Task<JsonElement[]> AuditEntriesAsync(string action)
    {
        var page = await Client.GetFromJsonAsync<JsonElement>($"/audit?action={action}");
        return page.GetProperty("items").EnumerateArray().ToArray();
    }
}
