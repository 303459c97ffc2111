namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>Per-test service on fresh temp folders, with helpers to place import files.</summary>
public abstract class ServiceFixture
{
    private string _dataFolder = null!;

    private protected DicomCleanFactory Factory { get; private set; } = null!;

    private protected HttpClient Client { get; private set; } = null!;

    [SetUp]
    public void StartService()
    {
        _dataFolder = Path.Combine(Path.GetTempPath(), "dicom-clean-functional", Guid.NewGuid().ToString("N"));
        Factory = new DicomCleanFactory(_dataFolder);
        Client = Factory.CreateClient();
    }

    [TearDown]
    public void StopService()
    {
        Client.Dispose();
        Factory.Dispose();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private protected DicomCleanFactory Restart()
    {
        Client.Dispose();
        Factory.Dispose();
        Factory = new DicomCleanFactory(_dataFolder);
        Client = Factory.CreateClient();
        return Factory;
    }

    private protected string PlaceImportFile(string relativePath, byte[] content)
    {
        var path = Path.Combine(Factory.ImportRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }
}
