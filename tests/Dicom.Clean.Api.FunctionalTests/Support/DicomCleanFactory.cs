using Dicom.Clean.Application.Instances.Rendering;
using Dicom.Clean.Domain.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>
/// The whole service in memory, as deployed (the toolkit's parser and renderer), on a temp SQLite
/// file, temp blob folder and temp import root. Two factories over the same
/// <see cref="DataFolder"/> are the service before and after a restart.
/// Authentication is on, as in production: every client the factory makes sends the configured
/// test admin key (<see cref="AdminToken"/>); <see cref="CreateClient(string?)"/> makes others.
/// Blobs are encrypted under a key file the service creates in the data folder.
/// </summary>
internal sealed class DicomCleanFactory(
    string dataFolder,
    string? secondImportRoot = null,
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    /// <summary>A well-formed token of the admin key defined in configuration below.</summary>
    public const string AdminToken = "dck_testadminkeyabcd_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    public string DataFolder { get; } = dataFolder;

    public string ImportRoot => Path.Combine(DataFolder, "import");

    public string BlobRoot => Path.Combine(DataFolder, "blobs");

    public string UploadRoot => Path.Combine(DataFolder, "uploads");

    public string KeyFile => Path.Combine(DataFolder, "keys", "blob-keys.json");

    /// <summary>
    /// Waits until the default images queued after ingest are rendered and stored (or given up),
    /// so storage and metrics can be compared; fails after 30 s, far beyond a render.
    /// </summary>
    public void WaitForDefaultImages()
    {
        var queue = Services.GetRequiredService<DefaultImageQueue>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (queue.Pending > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{queue.Pending} default images still queued after 30 s.");
            }

            Thread.Sleep(5);
        }
    }

    /// <summary>A client sending the given token as <c>X-Api-Key</c>, or no credentials at all when null.</summary>
    public HttpClient CreateClient(string? token)
    {
        var client = CreateDefaultClient();
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        if (token is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", token);
        }

        return client;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        if (!client.DefaultRequestHeaders.Contains("X-Api-Key"))
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", AdminToken);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(ImportRoot);
        builder.UseSetting("ConnectionStrings:Dicom", $"Data Source={Path.Combine(DataFolder, "dicom.db")};Pooling=False");
        builder.UseSetting("Storage:Root", BlobRoot);
        builder.UseSetting("Uploads:Root", UploadRoot);
        builder.UseSetting("Dicom:ImportRoots:0", ImportRoot);
        if (secondImportRoot is not null)
        {
            builder.UseSetting("Dicom:ImportRoots:1", secondImportRoot);
        }
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Encryption:KeyFile", KeyFile);
        builder.UseSetting("Security:ApiKeys:0:Id", ApiKeyToken.TryGetId(AdminToken));
        builder.UseSetting("Security:ApiKeys:0:Role", "admin");
        builder.UseSetting("Security:ApiKeys:0:Sha256", ApiKeyToken.Hash(AdminToken));
        builder.UseSetting("Security:ApiKeys:0:Name", "functional tests");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        configure?.Invoke(builder);
    }
}
