using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>
/// The whole service in memory, as deployed (the toolkit's parser and renderer), on a temp SQLite
/// file, temp blob folder and temp import root. Two factories over the same
/// <see cref="DataFolder"/> are the service before and after a restart.
/// </summary>
internal sealed class DicomCleanFactory(
    string dataFolder, string? secondImportRoot = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = dataFolder;

    public string ImportRoot => Path.Combine(DataFolder, "import");

    public string BlobRoot => Path.Combine(DataFolder, "blobs");

    public string UploadRoot => Path.Combine(DataFolder, "uploads");

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
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
