using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;
using Dicom.Clean.Application.Common;
using Dicom.Clean.Application.Instances.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Api.FunctionalTests.Jobs;

public sealed class JobResumeTests : JobServiceFixture
{
    [Test]
    public async Task Job_StoppedMidway_ResumesAfterRestartAndCountsEveryFileOnce()
    {
        for (var i = 0; i < 10; i++)
        {
            PlaceFile($"study/{i:D2}.dcm", TestDicomFiles.Build($"1.2.3.200.{i}"));
        }

        // One at a time: files 00 and 01 complete, 02 is stored but its outcome never recorded.
        var gate = new StallingIngestor.Gate(completeFirst: 2);
        Start(parallelism: 1, services => Stall(services, gate));
        var location = await StartJobAsync("study");
        await gate.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Stop();

        Start(parallelism: 1);
        var job = await WaitForJobAsync(location);

        // File 02 answers AlreadyStored on resume, but its instance came after its claim: this
        // job stored it, so it counts as stored, not as a duplicate.
        Assert.That(FolderImportJobTests.Counts(job), Is.EqualTo((10, 10, 10, 0, 0)));
        Assert.That(job.GetProperty("resumptions").GetInt32(), Is.EqualTo(1));
        var stored = await Client.GetFromJsonAsync<JsonElement>("/instances?pageSize=100");
        Assert.That(stored.GetProperty("totalCount").GetInt32(), Is.EqualTo(10));
    }

    [Test]
    public async Task Job_WhoseFilesWereAlreadyStoredBeforeIt_CountsThemAsDuplicatesAfterAResume()
    {
        PlaceFile("study/00.dcm", TestDicomFiles.Build("1.2.3.300.0"));
        PlaceFile("study/01.dcm", TestDicomFiles.Build("1.2.3.300.1"));
        PlaceFile("study/02.dcm", TestDicomFiles.Build("1.2.3.300.2"));
        Start();
        _ = await Client.PostAsJsonAsync("/dicom", new { path = "study/01.dcm" });

        var gate = new StallingIngestor.Gate(completeFirst: 0);
        Start(parallelism: 1, services => Stall(services, gate));
        var location = await StartJobAsync("study");
        await gate.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Stop();

        Start(parallelism: 1);
        var job = await WaitForJobAsync(location);

        Assert.That(FolderImportJobTests.Counts(job), Is.EqualTo((3, 3, 2, 1, 0)));
    }

    [Test]
    public async Task QueuedJob_WhoseFolderIsGoneAtTheRestart_FailsWithTheReason()
    {
        PlaceFile("first/a.dcm", TestDicomFiles.Build("1.2.3.400.0"));
        PlaceFile("second/b.dcm", TestDicomFiles.Build("1.2.3.400.1"));
        var gate = new StallingIngestor.Gate(completeFirst: 0);
        Start(parallelism: 1, services => Stall(services, gate));
        var first = await StartJobAsync("first");
        await gate.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var second = await StartJobAsync("second");
        Stop();
        Directory.Delete(Path.Combine(ImportRoot, "second"), recursive: true);

        Start(parallelism: 1);

        Assert.That((await WaitForJobAsync(first)).GetProperty("state").GetString(), Is.EqualTo("Completed"));
        var failed = await WaitForJobAsync(second);
        Assert.That(failed.GetProperty("state").GetString(), Is.EqualTo("Failed"));
        Assert.That(failed.GetProperty("failureReason").GetString(), Does.Contain("no longer exists"));
        Assert.That(failed.GetProperty("total").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    // Around the whole registered chain (audit, metrics): the store and its audit entry are done when it stalls.
    internal static void Stall(IServiceCollection services, StallingIngestor.Gate gate) =>
        services.Decorate<IInstanceIngestor>((_, inner) => new StallingIngestor(inner, gate));
}
