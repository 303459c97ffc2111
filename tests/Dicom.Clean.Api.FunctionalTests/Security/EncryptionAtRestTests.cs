using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dicom.Clean.Api.FunctionalTests.Support;
using Dicom.Clean.Infrastructure;
using Dicom.Clean.Infrastructure.Encryption;
using Microsoft.AspNetCore.Hosting;

namespace Dicom.Clean.Api.FunctionalTests.Security;

public sealed class EncryptionAtRestTests : SecuredServiceFixture
{
    [Test]
    public async Task StoredBlobs_OnDisk_AreNotDicomNorPng_AndAreServedBackExactly()
    {
        var original = TestDicomFiles.Build("1.2.3.500", rows: 40, columns: 30);
        var id = await StoreAsync(Admin, original);
        Factory.WaitForDefaultImages();

        var files = Directory.GetFiles(Factory.BlobRoot, "*", SearchOption.AllDirectories);
        Assert.That(files, Has.Length.EqualTo(2), "original and rendered image");
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.That(Encoding.ASCII.GetString(bytes, 0, 4), Is.EqualTo("DCEB"), file);
            Assert.That(bytes.AsSpan().IndexOf("DICM"u8), Is.EqualTo(-1), file);
            Assert.That(bytes.AsSpan().IndexOf("Doe^Jane"u8), Is.EqualTo(-1), file);
            Assert.That(bytes.AsSpan().IndexOf("IHDR"u8), Is.EqualTo(-1), file);
        }

        Assert.That(await Admin.GetByteArrayAsync($"/instances/{id}/file"), Is.EqualTo(original));
        var png = await Admin.GetByteArrayAsync($"/image?id={id}");
        Assert.That(TestPng.Size(png), Is.EqualTo((30, 40)));
    }

    [Test]
    public async Task RangeRequest_OnEncryptedOriginal_Returns206WithTheRightBytes()
    {
        var original = TestDicomFiles.Build("1.2.3.501", rows: 300, columns: 300);
        var id = await StoreAsync(Admin, original);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/instances/{id}/file");
        request.Headers.Range = new RangeHeaderValue(70_000, 140_099);

        var response = await Admin.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PartialContent));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(original.AsSpan(70_000, 70_100).ToArray()));
    }

    [Test]
    public async Task Restart_WithWrongKey_FailsAtStartNamingTheKey()
    {
        await StoreAsync(Admin, TestDicomFiles.Build("1.2.3.502"));
        var keyId = ReadKeyFile()["activeKeyId"]!.GetValue<string>();
        var (_, wrong) = NewKey();
        File.Delete(Factory.KeyFile);

        var ex = Assert.Throws<BlobEncryptionException>(() => Restart(b => b.UseSetting("Encryption:Keys:0:Id", keyId).UseSetting("Encryption:Keys:0:Key", wrong)));

        Assert.That(ex!.Message, Does.Contain(keyId).And.Contain("wrong key"));
    }

    [Test]
    public async Task Restart_WithKeyMissing_FailsAtStart()
    {
        await StoreAsync(Admin, TestDicomFiles.Build("1.2.3.503"));
        var keyId = ReadKeyFile()["activeKeyId"]!.GetValue<string>();
        File.Delete(Factory.KeyFile);

        var ex = Assert.Throws<BlobEncryptionException>(() => Restart(b => b
            .UseSetting("Encryption:Keys:0:Id", "other")
            .UseSetting("Encryption:Keys:0:Key", NewKey().Key)));

        Assert.That(ex!.Message, Does.Contain(keyId).And.Contain("not configured"));
    }

    [Test]
    public async Task Rotation_NewKeyThenReencrypt_LetsTheOldKeyGo()
    {
        var original = TestDicomFiles.Build("1.2.3.504");
        var id = await StoreAsync(Admin, original);
        Factory.WaitForDefaultImages();
        var oldKey = ReadKeyFile()["activeKeyId"]!.GetValue<string>();

        var newKey = Factory.Services.AddBlobKey("k-new");
        Restart();
        var report = await Factory.Services.ReencryptBlobsAsync(TextWriter.Null);
        Assert.That(report, Is.EqualTo(new ReencryptionReport(2, 0, 0, 0)));

        // Drop the old key from the file: the service still starts and serves the instance.
        var file = ReadKeyFile();
        var keys = file["keys"]!.AsArray();
        keys.Remove(keys.Single(k => k!["id"]!.GetValue<string>() == oldKey));
        await File.WriteAllTextAsync(Factory.KeyFile, file.ToJsonString());
        Restart();

        Assert.That(newKey, Is.EqualTo("k-new"));
        Assert.That(await Admin.GetByteArrayAsync($"/instances/{id}/file"), Is.EqualTo(original));
    }

    [Test]
    public void Start_WithPlaintextBlobsFromBeforeEncryption_AsksForReencrypt()
    {
        StopService();
        var folder = DataFolder;
        Directory.CreateDirectory(Path.Combine(folder, "blobs", "originals", "ab"));
        File.WriteAllBytes(Path.Combine(folder, "blobs", "originals", "ab", "abc.dcm"), TestDicomFiles.Build("1.2.3.505"));

        using var factory = new DicomCleanFactory(folder);
        var ex = Assert.Throws<BlobEncryptionException>(() => factory.CreateClient().Dispose());

        Assert.That(ex!.Message, Does.Contain("blobs reencrypt"));
        Directory.Delete(folder, recursive: true);
        StartService();
    }

    private JsonObject ReadKeyFile() => JsonNode.Parse(File.ReadAllText(Factory.KeyFile))!.AsObject();

    private static (string Id, string Key) NewKey() => ("x", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
}
