using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Spectre.Console;

namespace Dicom.Clean.Cli;

/// <summary>
/// Starts a folder job on the server (<c>POST /dicom</c> with the folder) and follows it
/// (<c>GET /jobs/{id}</c>) with a live progress bar until it completes.
/// </summary>
internal sealed class ServerSideImport(HttpClient http, IAnsiConsole console, TimeSpan pollInterval)
{
    /// <summary>The summary, or null with a message already written when the server refused.</summary>
    public async Task<ImportSummary?> RunAsync(string folder, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("dicom", new { path = folder }, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Accepted when response.Headers.Location is { } location:
                return await FollowAsync(location, cancellationToken);
            case HttpStatusCode.Created or HttpStatusCode.OK:
                // The path named a single file: imported at once, no job.
                var stored = response.StatusCode == HttpStatusCode.Created;
                return new ImportSummary(1, stored ? 1 : 0, stored ? 0 : 1, 0, []);
            default:
                console.MarkupLineInterpolated($"[red]The server refused the import:[/] {await ProblemText.ReadAsync(response, cancellationToken)}");
                return null;
        }
    }

    private async Task<ImportSummary> FollowAsync(Uri location, CancellationToken cancellationToken)
    {
        JobReport report = null!;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Job queued", maxValue: 1);
                task.IsIndeterminate = true;
                while (true)
                {
                    report = (await http.GetFromJsonAsync<JobReport>(location, JsonSerializerOptions.Web, cancellationToken))!;
                    if (report.Total is { } total)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = Math.Max(total, 1);
                        task.Value = report.Done;
                        task.Description = $"Job {report.Id}: {report.Done}/{total} files";
                    }

                    if (report.IsFinished)
                    {
                        task.IsIndeterminate = false;
                        task.Value = task.MaxValue;
                        return;
                    }

                    await Task.Delay(pollInterval, cancellationToken);
                }
            });

        var failures = (report.Failures ?? []).Select(f => (f.Path, f.Reason)).ToList();
        var jobFailed = report.State == "Failed";
        var note = jobFailed
            ? $"The job failed: {report.FailureReason}"
            : report.Failed > failures.Count ? $"Every failure: GET /jobs/{report.Id}/failures" : null;
        return new ImportSummary(report.Total ?? 0, report.Stored, report.Duplicates, report.Failed, failures, note, jobFailed);
    }
}
