using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Uploads;

public sealed class TusUploadTests : ServiceFixture
{
    [Test]
    public async Task Options_AdvertisesVersionExtensionsMaxSizeAndChecksum()
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/uploads"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(TusRequests.Header(response, "Tus-Version"), Is.EqualTo("1.0.0"));
        Assert.That(TusRequests.Header(response, "Tus-Resumable"), Is.EqualTo("1.0.0"));
        Assert.That(TusRequests.Header(response, "Tus-Extension").Split(','),
            Is.EquivalentTo(new[] { "creation", "creation-with-upload", "termination", "checksum", "expiration" }));
        Assert.That(TusRequests.Header(response, "Tus-Max-Size"), Is.EqualTo((2L * 1024 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(TusRequests.Header(response, "Tus-Checksum-Algorithm"), Is.EqualTo("sha1"));
    }

    [Test]
    public async Task Upload_InTwoChunks_StoresTheFileAndReportsTheInstanceOnTheLastPatch()
    {
        var file = TestDicomFiles.Build("1.2.3.77", rows: 64, columns: 64);
        var location = await TusRequests.CreateAsync(Client, file.Length, "filename YS5kY20=,private");

        using var first = await Client.SendAsync(TusRequests.Patch(location, 0, file[..1000]));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(TusRequests.Header(first, "Upload-Offset"), Is.EqualTo("1000"));
        Assert.That(TusRequests.Header(first, "Upload-Expires"), Does.EndWith("GMT"));
        Assert.That(TusRequests.Header(first, "Dicom-Instance-Id"), Is.Empty);
        using var head = await Client.SendAsync(TusRequests.Head(location));
        Assert.That(TusRequests.Header(head, "Upload-Offset"), Is.EqualTo("1000"));
        Assert.That(TusRequests.Header(head, "Upload-Metadata"), Is.EqualTo("filename YS5kY20=,private"));
        Assert.That(head.Headers.CacheControl?.NoStore, Is.True);

        using var last = await Client.SendAsync(TusRequests.Patch(location, 1000, file[1000..]));

        Assert.That(last.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(TusRequests.Header(last, "Dicom-Ingest-Status"), Is.EqualTo("201"));
        var id = TusRequests.Header(last, "Dicom-Instance-Id");
        var stored = await Client.GetByteArrayAsync($"/instances/{id}/file");
        Assert.That(SHA256.HashData(stored), Is.EqualTo(SHA256.HashData(file)));
        var status = await Client.GetFromJsonAsync<JsonElement>(location);
        Assert.That(status.GetProperty("status").GetString(), Is.EqualTo("Stored"));
        Assert.That(status.GetProperty("instanceId").GetString(), Is.EqualTo(id));
        Assert.That(Directory.GetFiles(Factory.UploadRoot, "*.part"), Is.Empty, "the received bytes are dropped once stored");
    }

    [Test]
    public async Task CreateWithUpload_WholeFileInThePost_StoresIt()
    {
        var file = TestDicomFiles.Build("1.2.3.78");

        using var response = await Client.SendAsync(TusRequests.Create(file.Length, firstChunk: file));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(TusRequests.Header(response, "Upload-Offset"), Is.EqualTo(file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(TusRequests.Header(response, "Dicom-Ingest-Status"), Is.EqualTo("201"));
        Assert.That(TusRequests.Header(response, "Dicom-Instance-Id"), Has.Length.EqualTo(22));
    }

    [Test]
    public async Task Upload_OfTheSameFileTwice_ReportsAlreadyStoredWithTheSameId()
    {
        var file = TestDicomFiles.Build("1.2.3.79");
        using var first = await Client.SendAsync(TusRequests.Create(file.Length, firstChunk: file));

        using var second = await Client.SendAsync(TusRequests.Create(file.Length, firstChunk: file));

        Assert.That(TusRequests.Header(second, "Dicom-Ingest-Status"), Is.EqualTo("200"));
        Assert.That(TusRequests.Header(second, "Dicom-Instance-Id"), Is.EqualTo(TusRequests.Header(first, "Dicom-Instance-Id")));
    }

    [Test]
    public async Task Upload_OfADamagedFile_ReportsTheIngestErrorAndKeepsNothing()
    {
        var before = StorageSnapshot.Take(Factory);
        var whole = TestDicomFiles.Build("1.2.3.80", rows: 64, columns: 64);
        var file = whole[..(whole.Length - 100)];
        var location = await TusRequests.CreateAsync(Client, file.Length);

        using var last = await Client.SendAsync(TusRequests.Patch(location, 0, file));

        Assert.That(last.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "the bytes were received; the outcome is in the headers");
        Assert.That(TusRequests.Header(last, "Dicom-Ingest-Status"), Is.EqualTo("422"));
        Assert.That(TusRequests.Header(last, "Dicom-Ingest-Error"), Is.Not.Empty);
        var status = await Client.GetFromJsonAsync<JsonElement>(location);
        Assert.That(status.GetProperty("status").GetString(), Is.EqualTo("Unreadable"));
        Assert.That(status.GetProperty("error").GetProperty("offset").GetInt64(), Is.GreaterThan(0));
        Assert.That(StorageSnapshot.Take(Factory), Is.EqualTo(before));
        Assert.That(Directory.GetFiles(Factory.UploadRoot, "*.part"), Is.Empty);
    }

    [Test]
    public async Task PartialUpload_SurvivesARestartAndResumesFromTheServersOffset()
    {
        var file = TestDicomFiles.Build("1.2.3.81", rows: 32, columns: 32);
        var location = await TusRequests.CreateAsync(Client, file.Length);
        (await Client.SendAsync(TusRequests.Patch(location, 0, file[..700]))).Dispose();

        Restart();
        using var head = await Client.SendAsync(TusRequests.Head(location));
        var offset = int.Parse(TusRequests.Header(head, "Upload-Offset"), System.Globalization.CultureInfo.InvariantCulture);
        using var last = await Client.SendAsync(TusRequests.Patch(location, offset, file[offset..]));

        Assert.That(offset, Is.EqualTo(700));
        var stored = await Client.GetByteArrayAsync($"/instances/{TusRequests.Header(last, "Dicom-Instance-Id")}/file");
        Assert.That(stored, Is.EqualTo(file));
    }

    [Test]
    public async Task Patch_WithAValidSha1Checksum_IsAccepted()
    {
        var location = await TusRequests.CreateAsync(Client, 100);
        var chunk = new byte[40];

        using var response = await Client.SendAsync(TusRequests.Patch(location, 0, chunk, TusRequests.Sha1Checksum(chunk)));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(TusRequests.Header(response, "Upload-Offset"), Is.EqualTo("40"));
    }

    [Test]
    public async Task Patch_WithAChecksumMismatch_Returns460AndKeepsNothingOfTheChunk()
    {
        var location = await TusRequests.CreateAsync(Client, 100);

        using var response = await Client.SendAsync(TusRequests.Patch(location, 0, new byte[40], TusRequests.Sha1Checksum([1, 2, 3])));

        await Problems.ReadAsync(response, (HttpStatusCode)460);
        using var head = await Client.SendAsync(TusRequests.Head(location));
        Assert.That(TusRequests.Header(head, "Upload-Offset"), Is.EqualTo("0"));
        Assert.That(new FileInfo(Path.Combine(Factory.UploadRoot, location.Split('/')[^1] + ".part")).Length, Is.Zero);
    }

    [TestCase("md5 AAAAAAAAAAAAAAAAAAAAAA==")]
    [TestCase("sha1 not-base64!")]
    [TestCase("sha1")]
    public async Task Patch_WithAnUnusableChecksum_Returns400(string checksum)
    {
        var location = await TusRequests.CreateAsync(Client, 100);

        await Problems.ReadAsync(await Client.SendAsync(TusRequests.Patch(location, 0, new byte[10], checksum)), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Patch_AtTheWrongOffset_Returns409()
    {
        var location = await TusRequests.CreateAsync(Client, 100);

        await Problems.ReadAsync(await Client.SendAsync(TusRequests.Patch(location, 5, new byte[10])), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Patch_PastTheUploadLength_Returns400AndKeepsNothing()
    {
        var location = await TusRequests.CreateAsync(Client, 10);

        await Problems.ReadAsync(await Client.SendAsync(TusRequests.Patch(location, 0, new byte[11])), HttpStatusCode.BadRequest);
        using var head = await Client.SendAsync(TusRequests.Head(location));
        Assert.That(TusRequests.Header(head, "Upload-Offset"), Is.EqualTo("0"));
    }

    [Test]
    public async Task Patch_WithAnotherContentType_Returns415()
    {
        var location = await TusRequests.CreateAsync(Client, 10);
        var request = TusRequests.Patch(location, 0, new byte[5]);
        request.Content!.Headers.ContentType = new("application/octet-stream");

        await Problems.ReadAsync(await Client.SendAsync(request), HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Request_WithoutTusResumable_Returns412WithTusVersion()
    {
        var request = TusRequests.Create(10);
        request.Headers.Remove("Tus-Resumable");

        using var response = await Client.SendAsync(request);

        await Problems.ReadAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.That(TusRequests.Header(response, "Tus-Version"), Is.EqualTo("1.0.0"));
    }

    [Test]
    public async Task Create_AboveTheMaximumSize_Returns413() =>
        await Problems.ReadAsync(await Client.SendAsync(TusRequests.Create(3L * 1024 * 1024 * 1024)), HttpStatusCode.RequestEntityTooLarge);

    [TestCase("Upload-Length", "-1")]
    [TestCase("Upload-Length", "ten")]
    [TestCase("Upload-Length", "99999999999999999999999")]
    [TestCase("Upload-Metadata", "a b c")]
    [TestCase("Upload-Metadata", "name not-base64!")]
    [TestCase("Upload-Metadata", "k YQ==,k YQ==")]
    public async Task Create_WithMalformedHeaders_Returns400(string header, string value)
    {
        var request = TusRequests.Create(10);
        request.Headers.Remove(header);
        request.Headers.TryAddWithoutValidation(header, value);

        await Problems.ReadAsync(await Client.SendAsync(request), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Create_WithoutUploadLength_Returns400()
    {
        var request = TusRequests.Create(10);
        request.Headers.Remove("Upload-Length");

        await Problems.ReadAsync(await Client.SendAsync(request), HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Delete_RemovesTheUploadAndItsBytes()
    {
        var location = await TusRequests.CreateAsync(Client, 100);
        (await Client.SendAsync(TusRequests.Patch(location, 0, new byte[10]))).Dispose();

        using var response = await Client.SendAsync(TusRequests.Delete(location));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Directory.GetFiles(Factory.UploadRoot), Is.Empty);
        Assert.That((await Client.SendAsync(TusRequests.Head(location))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await Problems.ReadAsync(await Client.SendAsync(TusRequests.Patch(location, 10, new byte[10])), HttpStatusCode.NotFound);
    }

    [TestCase("/uploads/0123456789abcdef0123456789abcdef", HttpStatusCode.NotFound)]
    [TestCase("/uploads/not-a-key", HttpStatusCode.BadRequest)]
    [TestCase("/uploads/..%2F..%2Fdicom.db", HttpStatusCode.BadRequest)]
    [TestCase("/uploads/0123456789ABCDEF0123456789ABCDEF", HttpStatusCode.BadRequest)]
    public async Task Get_WithUnknownOrMalformedKey_ReturnsProblem(string url, HttpStatusCode expected)
    {
        await Problems.ReadAsync(await Client.GetAsync(url), expected);
        await Problems.ReadAsync(await Client.SendAsync(TusRequests.Delete(url)), expected);
        await Problems.ReadAsync(await Client.SendAsync(TusRequests.Patch(url, 0, new byte[1])), expected);
    }
}
