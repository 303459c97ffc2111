using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Net;
using System.Net.Http.Headers;
using Spectre.Console;

namespace Dicom.Clean.Cli;

/// <summary>
/// Uploads every file below a local folder with <c>POST /instances</c> (streamed from disk, never
/// held in memory), a few at a time, with a live progress bar. The server decides what is DICOM.
/// </summary>
internal sealed class FolderUploader(HttpClient http, IAnsiConsole console)
{
    public async Task<ImportSummary> RunAsync(string folder, int parallel, CancellationToken cancellationToken)
    {
        var files = ListFiles(folder);
        int stored = 0, duplicates = 0;
        var failures = new ConcurrentQueue<(string Path, string Reason)>();
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Uploading {files.Count} files", maxValue: Math.Max(files.Count, 1));
                var options = new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(files, options, async (file, ct) =>
                {
                    var (status, reason) = await UploadAsync(Path.Combine(folder, file), ct);
                    switch (status)
                    {
                        case HttpStatusCode.Created:
                            Interlocked.Increment(ref stored);
                            break;
                        case HttpStatusCode.OK:
                            Interlocked.Increment(ref duplicates);
                            break;
                        default:
                            failures.Enqueue((file, reason!));
                            break;
                    }

                    task.Increment(1);
                });
                task.Value = task.MaxValue;
            });

        var ordered = failures.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new ImportSummary(files.Count, stored, duplicates, ordered.Count, ordered);
    }

    private async Task<(HttpStatusCode? Status, string? Reason)> UploadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 128 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
            using var content = new StreamContent(stream);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
            using var response = await http.PostAsync("instances", content, cancellationToken);
            return response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK
                ? (response.StatusCode, null)
                : (response.StatusCode, await ProblemText.ReadAsync(response, cancellationToken));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or UnauthorizedAccessException && !cancellationToken.IsCancellationRequested)
        {
            return (null, ex is HttpRequestException ? $"Connection failed: {ex.Message}" : $"Cannot read the file: {ex.Message}");
        }
    }

    // Sorted relative paths; folder symlinks are not entered (they may loop).
    private static List<string> ListFiles(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        var files = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => Path.GetRelativePath(folder, e.ToFullPath()), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return files.Order(StringComparer.Ordinal).ToList();
    }
}
