using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Dicom.Clean.Api.FunctionalTests.Security;

/// <summary>A service per test with optional extra settings, and helpers to mint keys of each role.</summary>
public abstract class SecuredServiceFixture
{
    private string _dataFolder = null!;

    private protected DicomCleanFactory Factory { get; private set; } = null!;

    /// <summary>The factory's default client: the configured admin key.</summary>
    private protected HttpClient Admin { get; private set; } = null!;

    private protected string DataFolder => _dataFolder;

    [SetUp]
    public void StartService()
    {
        _dataFolder = Path.Combine(Path.GetTempPath(), "dicom-clean-security", Guid.NewGuid().ToString("N"));
        Factory = new DicomCleanFactory(_dataFolder, configure: Configure);
        Admin = Factory.CreateClient();
    }

    [TearDown]
    public void StopService()
    {
        Admin.Dispose();
        Factory.Dispose();
        if (Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    /// <summary>Extra settings of the test class's service.</summary>
    private protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    private protected DicomCleanFactory Restart(Action<IWebHostBuilder>? configure = null)
    {
        Admin.Dispose();
        Factory.Dispose();
        Factory = new DicomCleanFactory(_dataFolder, configure: configure ?? Configure);
        Admin = Factory.CreateClient();
        return Factory;
    }

    private protected async Task<string> CreateTokenAsync(string role)
    {
        var response = await Admin.PostAsJsonAsync("/keys", new { role, name = $"{role} for tests" });
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private protected static async Task<string> StoreAsync(HttpClient client, byte[] file)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new("application/dicom");
        var response = await client.PostAsync("/instances", content);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
