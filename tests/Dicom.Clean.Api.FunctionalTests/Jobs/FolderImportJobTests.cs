using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Jobs;

public sealed class FolderImportJobTests : JobServiceFixture
{
    [Test]
    public async Task PostDicom_WithFolder_Returns202WithLocationAndQueuedJob()
    {
        Start();
        PlaceFile("study/a.dcm", TestDicomFiles.Build("1.2.3.1"));

        var response = await Client.PostAsJsonAsync("/dicom", new { path = "study" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var job = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/jobs/{job.GetProperty("id").GetString()}"));
        Assert.That(job.GetProperty("state").GetString(), Is.EqualTo("Queued"));
        Assert.That(job.GetProperty("path").GetString(), Is.EqualTo("study"));
    }

    [Test]
    public async Task Job_WithMixedFolder_ReportsStoredDuplicatesAndFailuresWithReasons()
    {
        // One at a time, so which of two same-UID files wins is the listing order.
        Start(parallelism: 1);
        var first = TestDicomFiles.Build("1.2.3.1");
        PlaceFile("study/a.dcm", first);
        PlaceFile("study/b/copy-of-a.dcm", first);
        PlaceFile("study/b/c.dcm", TestDicomFiles.Build("1.2.3.2"));
        PlaceFile("study/d-same-uid-other-bytes.dcm", TestDicomFiles.Build("1.2.3.1", patientId: "P2"));
        PlaceFile("study/e.txt", TestDicomFiles.NotDicom());
        PlaceFile("study/f.dcm", TestDicomFiles.Build("1.2.3.3"));

        var job = await WaitForJobAsync(await StartJobAsync("study"));

        Assert.That(job.GetProperty("state").GetString(), Is.EqualTo("Completed"));
        Assert.That(Counts(job), Is.EqualTo((6, 6, 3, 1, 2)));
        var failures = job.GetProperty("failures").EnumerateArray().ToList();
        Assert.That(failures.Select(f => f.GetProperty("path").GetString()), Is.EqualTo(new[] { "d-same-uid-other-bytes.dcm", "e.txt" }));
        Assert.That(failures[0].GetProperty("reason").GetString(), Does.Contain("same SOP Instance UID"));
        Assert.That(failures[1].GetProperty("reason").GetString(), Is.Not.Empty);
        var stored = await Client.GetFromJsonAsync<JsonElement>("/instances");
        Assert.That(stored.GetProperty("totalCount").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public async Task Job_WithManyFilesInParallel_StoresEveryOne()
    {
        Start(parallelism: 4);
        for (var i = 0; i < 40; i++)
        {
            PlaceFile($"many/{i / 10}/{i:D2}.dcm", TestDicomFiles.Build($"1.2.3.100.{i}"));
        }

        var job = await WaitForJobAsync(await StartJobAsync("many"));

        Assert.That(Counts(job), Is.EqualTo((40, 40, 40, 0, 0)));
        var stored = await Client.GetFromJsonAsync<JsonElement>("/instances?pageSize=100");
        Assert.That(stored.GetProperty("totalCount").GetInt32(), Is.EqualTo(40));
    }

    [Test]
    public async Task Job_OfTheImportRootItself_ImportsEverythingBelowIt()
    {
        Start();
        PlaceFile("x/a.dcm", TestDicomFiles.Build("1.2.3.1"));
        PlaceFile("b.dcm", TestDicomFiles.Build("1.2.3.2"));

        var job = await WaitForJobAsync(await StartJobAsync("."));

        Assert.That(Counts(job), Is.EqualTo((2, 2, 2, 0, 0)));
    }

    [Test]
    public async Task Job_WithEmptyFolder_CompletesWithNothingToDo()
    {
        Start();
        Directory.CreateDirectory(Path.Combine(ImportRoot, "empty"));

        var job = await WaitForJobAsync(await StartJobAsync("empty"));

        Assert.That(job.GetProperty("state").GetString(), Is.EqualTo("Completed"));
        Assert.That(Counts(job), Is.EqualTo((0, 0, 0, 0, 0)));
    }

    [Test]
    public async Task Job_WithSymlinkLeadingOut_ReportsItAsFailedAndDoesNotFollowFolderLinks()
    {
        Start();
        var outside = Path.Combine(Path.GetTempPath(), "dicom-clean-functional", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            File.WriteAllBytes(Path.Combine(outside, "secret.dcm"), TestDicomFiles.Build("1.2.3.9"));
            PlaceFile("s/a.dcm", TestDicomFiles.Build("1.2.3.1"));
            File.CreateSymbolicLink(Path.Combine(ImportRoot, "s", "link.dcm"), Path.Combine(outside, "secret.dcm"));
            Directory.CreateSymbolicLink(Path.Combine(ImportRoot, "s", "linked-folder"), outside);

            var job = await WaitForJobAsync(await StartJobAsync("s"));

            Assert.That(Counts(job), Is.EqualTo((2, 2, 1, 0, 1)));
            var failure = job.GetProperty("failures")[0];
            Assert.That(failure.GetProperty("path").GetString(), Is.EqualTo("link.dcm"));
            Assert.That(failure.GetProperty("reason").GetString(), Does.Contain("symbolic link"));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [TestCase("/")]
    [TestCase("../")]
    public async Task PostDicom_WithFolderOutsideTheRoots_Returns403(string path)
    {
        Start();

        var response = await Client.PostAsJsonAsync("/dicom", new { path });

        await Problems.ReadAsync(response, HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task PostDicom_WithMissingFolder_Returns404()
    {
        Start();

        var response = await Client.PostAsJsonAsync("/dicom", new { path = "no-such-folder/" });

        await Problems.ReadAsync(response, HttpStatusCode.NotFound);
    }

    [Test]
    public async Task GetJob_WithUnknownId_Returns404()
    {
        Start();

        await Problems.ReadAsync(await Client.GetAsync("/jobs/iEfcZk3Vn6H8iyqc3seHrm"), HttpStatusCode.NotFound);
        await Problems.ReadAsync(await Client.GetAsync("/jobs/iEfcZk3Vn6H8iyqc3seHrm/failures"), HttpStatusCode.NotFound);
    }

    [TestCase("/jobs/not-an-id")]
    [TestCase("/jobs/iEfcZk3Vn6H8iyqc3seHrm/failures?pageSize=0")]
    [TestCase("/jobs?page=0")]
    public async Task JobRoutes_WithMalformedInput_Return400(string route)
    {
        Start();

        await Problems.ReadAsync(await Client.GetAsync(route), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ListJobs_ReturnsJobsNewestFirstWithCounts()
    {
        Start();
        PlaceFile("one/a.dcm", TestDicomFiles.Build("1.2.3.1"));
        PlaceFile("two/b.dcm", TestDicomFiles.Build("1.2.3.2"));
        var first = await WaitForJobAsync(await StartJobAsync("one"));
        var second = await WaitForJobAsync(await StartJobAsync("two"));

        var list = await Client.GetFromJsonAsync<JsonElement>("/jobs");

        Assert.That(list.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Select(i => i.GetProperty("id").GetString()), Is.EqualTo(new[] { second.GetProperty("id").GetString(), first.GetProperty("id").GetString() }));
        Assert.That(items.Select(i => i.GetProperty("stored").GetInt32()), Is.EqualTo(new[] { 1, 1 }));
    }

    [Test]
    public async Task GetJobFailures_PagesThroughEveryFailureInListingOrder()
    {
        Start();
        for (var i = 0; i < 5; i++)
        {
            PlaceFile($"bad/{i}.txt", TestDicomFiles.NotDicom());
        }

        var job = await WaitForJobAsync(await StartJobAsync("bad"));
        var page = await Client.GetFromJsonAsync<JsonElement>($"/jobs/{job.GetProperty("id").GetString()}/failures?page=2&pageSize=2");

        Assert.That(page.GetProperty("totalCount").GetInt32(), Is.EqualTo(5));
        Assert.That(page.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("path").GetString()), Is.EqualTo(new[] { "2.txt", "3.txt" }));
    }

    // (total, done, stored, duplicates, failed)
    internal static (int, int, int, int, int) Counts(JsonElement job) => (
        job.GetProperty("total").GetInt32(),
        job.GetProperty("done").GetInt32(),
        job.GetProperty("stored").GetInt32(),
        job.GetProperty("duplicates").GetInt32(),
        job.GetProperty("failed").GetInt32());
}
