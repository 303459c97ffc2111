using Spectre.Console;

namespace Dicom.Clean.Cli;

/// <summary>Entry point: <c>dicom-clean import &lt;folder&gt; [--server URL] [--server-side] [--parallel N]</c>.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) =>
        CliApp.RunAsync(args, AnsiConsole.Console, server => new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(30) }, CancellationToken.None);
}
