using System.Diagnostics;
using Spectre.Console;

namespace Dicom.Clean.Cli;

/// <summary>
/// The <c>import</c> command: uploads a local folder, or with <c>--server-side</c> runs a folder job
/// on the server, then prints a summary table. Exit code 0 when every file was stored or already
/// stored, 1 when some failed, 2 when the import could not run (usage, connection, refusal).
/// </summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        IAnsiConsole console,
        Func<Uri, HttpClient> httpClientFor,
        CancellationToken cancellationToken,
        TimeSpan? pollInterval = null)
    {
        var fromEnvironment = (Server: Environment.GetEnvironmentVariable("DICOM_CLEAN_SERVER"), ApiKey: Environment.GetEnvironmentVariable("DICOM_CLEAN_API_KEY"));
        if (CliOptions.Parse(args, fromEnvironment.Server, fromEnvironment.ApiKey, out var error) is not { } options)
        {
            console.MarkupLineInterpolated($"[red]{error}[/]");
            console.WriteLine(CliOptions.Usage);
            return 2;
        }

        if (!options.ServerSide && !Directory.Exists(options.Folder))
        {
            console.MarkupLineInterpolated($"[red]No folder at '{options.Folder}'.[/] (A folder on the server needs --server-side.)");
            return 2;
        }

        using var http = httpClientFor(options.Server);
        if (options.ApiKey is not null)
        {
            // The option wins over any key the given client already sends (two would be malformed).
            http.DefaultRequestHeaders.Remove("X-Api-Key");
            http.DefaultRequestHeaders.Add("X-Api-Key", options.ApiKey);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var summary = options.ServerSide
                ? await new ServerSideImport(http, console, pollInterval ?? TimeSpan.FromMilliseconds(500)).RunAsync(options.Folder, cancellationToken)
                : await new FolderUploader(http, console).RunAsync(options.Folder, options.Parallel, cancellationToken);
            if (summary is null)
            {
                return 2;
            }

            SummaryView.Write(console, summary, Stopwatch.GetElapsedTime(started));
            return summary.JobFailed ? 2 : summary.Failed > 0 ? 1 : 0;
        }
        catch (HttpRequestException ex)
        {
            console.MarkupLineInterpolated($"[red]Cannot reach {options.Server}:[/] {ex.Message}");
            return 2;
        }
    }
}
