using System.Net;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Uploads;

public sealed class TusExpiryTests : DataFolderFixture
{
    [Test]
    public async Task AbandonedUpload_ExpiresAnswers410AndIsSwept()
    {
        var settings = new Dictionary<string, string> { ["Uploads:Expiry"] = "00:00:01", ["Uploads:SweepInterval"] = "00:00:00.200" };
        using var factory = new DicomCleanFactory(DataFolder, settings: settings);
        using var client = factory.CreateClient();
        var location = await TusRequests.CreateAsync(client, 100);
        (await client.SendAsync(TusRequests.Patch(location, 0, new byte[10]))).Dispose();

        // Wait (bounded) for the sweeper to remove both files of the abandoned upload.
        for (var i = 0; i < 100 && Directory.GetFiles(factory.UploadRoot).Length > 0; i++)
        {
            await Task.Delay(100);
        }

        Assert.That(Directory.GetFiles(factory.UploadRoot), Is.Empty);
        await Problems.ReadAsync(await client.SendAsync(TusRequests.Patch(location, 10, new byte[10])), HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ExpiredUpload_NotYetSwept_Answers410()
    {
        var settings = new Dictionary<string, string> { ["Uploads:Expiry"] = "00:00:00.300", ["Uploads:SweepInterval"] = "01:00:00" };
        using var factory = new DicomCleanFactory(DataFolder, settings: settings);
        using var client = factory.CreateClient();
        var location = await TusRequests.CreateAsync(client, 100);
        await Task.Delay(500);

        await Problems.ReadAsync(await client.SendAsync(TusRequests.Patch(location, 0, new byte[10])), HttpStatusCode.Gone);
        await Problems.ReadAsync(await client.GetAsync(location), HttpStatusCode.Gone);
    }
}
