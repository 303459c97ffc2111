using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Jobs;
using Dicom.Clean.Api.FunctionalTests.Support;
using Dicom.Clean.Cli;
using Spectre.Console;

namespace Dicom.Clean.Api.FunctionalTests.Cli;

/// <summary>The command-line client run in-process against the service through WebApplicationFactory.</summary>
public sealed class ImportCommandTests : JobServiceFixture
{
    private string _localFolder = null!;

    [SetUp]
    public void CreateLocalFolder() => _localFolder = Directory.CreateTempSubdirectory("dicom-clean-cli").FullName;

    [TearDown]
    public void DeleteLocalFolder() => Directory.Delete(_localFolder, recursive: true);

    [Test]
    public async Task Import_LocalFolder_UploadsEveryFileAndSummarises()
    {
        Start();
        WriteLocal("a.dcm", TestDicomFiles.Build("1.2.3.1"));
        WriteLocal("sub/b.dcm", TestDicomFiles.Build("1.2.3.2"));
        WriteLocal("notes.txt", TestDicomFiles.NotDicom());

        var (exitCode, output) = await RunAsync("import", _localFolder, "--server", "http://localhost", "--parallel", "2");

        Assert.That(exitCode, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("Import summary"));
        Assert.That(Row(output, "stored"), Is.EqualTo("2"));
        Assert.That(Row(output, "failed"), Is.EqualTo("1"));
        Assert.That(output, Does.Contain("notes.txt"));
        var stored = await Client.GetFromJsonAsync<JsonElement>("/instances");
        Assert.That(stored.GetProperty("totalCount").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task Import_SameFolderAgain_ReportsAlreadyStoredAndExits0()
    {
        Start();
        WriteLocal("a.dcm", TestDicomFiles.Build("1.2.3.1"));
        _ = await RunAsync("import", _localFolder, "--server", "http://localhost");

        var (exitCode, output) = await RunAsync("import", _localFolder, "--server", "http://localhost");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(Row(output, "already stored"), Is.EqualTo("1"));
    }

    [Test]
    public async Task Import_ServerSide_StartsAJobAndFollowsItToTheEnd()
    {
        Start();
        PlaceFile("study/a.dcm", TestDicomFiles.Build("1.2.3.1"));
        PlaceFile("study/b.dcm", TestDicomFiles.Build("1.2.3.2"));

        var (exitCode, output) = await RunAsync("import", "study", "--server-side", "--server", "http://localhost");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(Row(output, "found"), Is.EqualTo("2"));
        Assert.That(Row(output, "stored"), Is.EqualTo("2"));
        var jobs = await Client.GetFromJsonAsync<JsonElement>("/jobs");
        Assert.That(jobs.GetProperty("items")[0].GetProperty("state").GetString(), Is.EqualTo("Completed"));
    }

    [Test]
    public async Task Import_ServerSideOutsideTheRoots_Exits2WithTheServersReason()
    {
        Start();

        var (exitCode, output) = await RunAsync("import", "/", "--server-side", "--server", "http://localhost");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("outside the configured import roots"));
    }

    [Test]
    public async Task Import_WithApiKey_SendsItOnEveryRequest()
    {
        Start();
        WriteLocal("a.dcm", TestDicomFiles.Build("1.2.3.1"));
        var seen = new HeaderRecorder();
        var token = await CreateTokenAsync("writer");

        var (exitCode, output) = await RunAsync(() => NewClient(seen), "import", _localFolder, "--server", "http://localhost", "--api-key", token);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(Row(output, "stored"), Is.EqualTo("1"));
        Assert.That(seen.ApiKeys, Is.EqualTo(new[] { token }));
    }

    [TestCase("export", "x")]
    [TestCase("import")]
    [TestCase("import", "x", "--parallel", "0")]
    [TestCase("import", "x", "--server", "ftp://host")]
    public async Task Import_WithBadArguments_PrintsUsageAndExits2(params string[] args)
    {
        Start();

        var (exitCode, output) = await RunAsync(args);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("usage: dicom-clean import"));
    }

    private Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(() => NewClient(), args);

    private static async Task<(int ExitCode, string Output)> RunAsync(Func<HttpClient> client, params string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        var exitCode = await CliApp.RunAsync(args, console, _ => client(), CancellationToken.None, TimeSpan.FromMilliseconds(50));
        return (exitCode, writer.ToString());
    }

    // The number in the summary table's row for a label.
    private static string Row(string output, string label) =>
        output.Split('\n')
            .Select(l => l.Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .First(cells => cells.Length == 2 && cells[0] == label)[1];

    private sealed class HeaderRecorder : DelegatingHandler
    {
        public List<string> ApiKeys { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (ApiKeys)
            {
                ApiKeys.AddRange(request.Headers.TryGetValues("X-Api-Key", out var keys) ? keys : ["(none)"]);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    private void WriteLocal(string relativePath, byte[] content)
    {
        var path = Path.Combine(_localFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }
}
