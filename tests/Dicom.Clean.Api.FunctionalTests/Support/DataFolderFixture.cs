namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>A fresh data folder per test, removed after it, for tests that start their own <see cref="DicomCleanFactory"/>.</summary>
public abstract class DataFolderFixture
{
    /// <summary>This test's data folder (not created: the service creates what it needs).</summary>
    protected string DataFolder { get; private set; } = null!;

    [SetUp]
    public void CreateDataFolder() =>
        DataFolder = Path.Combine(Path.GetTempPath(), "dicom-clean-functional", Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveDataFolder()
    {
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
