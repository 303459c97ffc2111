using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Api.FunctionalTests.Jobs;

/// <summary>
/// The service on temp folders, started per test with the job settings it needs (one host at a
/// time, so exactly one job worker), with helpers to lay out a folder and follow a job.
/// </summary>
public abstract class JobServiceFixture
{
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(60);
    private string _dataFolder = null!;
    private WebApplicationFactory<Program>? _host;

    private protected HttpClient Client { get; private set; } = null!;

    private protected string ImportRoot => Path.Combine(_dataFolder, "import");

    private protected string BlobRoot => Path.Combine(_dataFolder, "blobs");

    [SetUp]
    public void CreateFolders() => _dataFolder = Path.Combine(Path.GetTempPath(), "dicom-clean-functional", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void StopService()
    {
        Stop();
        Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>Starts the service (stopping any running one first), with <c>Jobs:Parallelism</c> and test services.</summary>
    private protected void Start(int parallelism = 4, Action<IServiceCollection>? testServices = null)
    {
        Stop();
        _host = new DicomCleanFactory(_dataFolder).WithWebHostBuilder(b =>
        {
            b.UseSetting("Jobs:Parallelism", parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (testServices is not null)
            {
                b.ConfigureTestServices(testServices);
            }
        });
        Client = _host.CreateClient();
    }

    /// <summary>Another client of the running service (what the command-line client is given).</summary>
    private protected HttpClient NewClient(params DelegatingHandler[] handlers) => _host!.CreateDefaultClient(handlers);

    /// <summary>Stops the service as a shutdown does: running jobs are cancelled where they are.</summary>
    private protected void Stop()
    {
        Client?.Dispose();
        _host?.Dispose();
        _host = null;
    }

    private protected void PlaceFile(string relativePath, byte[] content)
    {
        var path = Path.Combine(ImportRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>A client of the running service sending the given API key.</summary>
    private protected HttpClient NewClient(string token)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        client.DefaultRequestHeaders.Add("X-Api-Key", token);
        return client;
    }

    /// <summary>Creates an API key of the role with the admin client; returns its token.</summary>
    private protected async Task<string> CreateTokenAsync(string role)
    {
        var response = await Client.PostAsJsonAsync("/keys", new { role, name = $"{role} for job tests" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>POST /dicom with the folder; expects 202 and returns the job's Location.</summary>
    private protected async Task<string> StartJobAsync(string path, HttpClient? client = null)
    {
        var response = await (client ?? Client).PostAsJsonAsync("/dicom", new { path });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        return response.Headers.Location!.ToString();
    }

    /// <summary>Polls the job until it is Completed or Failed.</summary>
    private protected async Task<JsonElement> WaitForJobAsync(string location)
    {
        var deadline = DateTime.UtcNow + JobTimeout;
        while (true)
        {
            var job = await Client.GetFromJsonAsync<JsonElement>(location);
            if (job.GetProperty("state").GetString() is "Completed" or "Failed")
            {
                return job;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The job did not finish: {job}");
            }

            await Task.Delay(50);
        }
    }
}
