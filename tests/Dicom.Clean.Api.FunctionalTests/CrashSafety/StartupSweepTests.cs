using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;
using Dicom.Clean.Domain.Instances;
using Microsoft.Data.Sqlite;

namespace Dicom.Clean.Api.FunctionalTests.CrashSafety;

/// <summary>What a restart does with the leftovers of a crash, seen through the API.</summary>
public sealed class StartupSweepTests : ServiceFixture
{
    [Test]
    public async Task Restart_WithBlobsWithoutRow_RemovesThemAndStaysHealthy()
    {
        await StoreAsync("1.2.3.1");
        // What a kill between the blob's rename and the commit leaves: a blob under a real key.
        var stray = Path.Combine(Factory.BlobRoot, "originals", "Ab", "AbcdefghijkmnopqrstuvW.dcm");
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        await File.WriteAllBytesAsync(stray, [1, 2, 3]);
        var temporary = Path.Combine(Factory.BlobRoot, ".tmp", "interrupted.tmp");
        await File.WriteAllBytesAsync(temporary, [4]);

        Restart();
        var health = await Client.GetFromJsonAsync<JsonElement>("/health");

        Assert.That(File.Exists(stray), Is.False);
        Assert.That(File.Exists(temporary), Is.False);
        Assert.That(health.GetProperty("checks").GetProperty("consistency").GetString(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Restart_WithADefaultImageItsRowDoesNotName_RemovesItStaysHealthyAndRendersAgain()
    {
        var id = await StoreAsync("1.2.3.2");
        Factory.WaitForDefaultImages();
        var png = Path.Combine(Factory.BlobRoot, InstanceBlobKeys.Rendered(InstanceId.From(id)));
        Assert.That(File.Exists(png), Is.True);
        // What a stop between the PNG's write and the key's update leaves.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(Factory.DataFolder, "dicom.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE instances SET rendered_blob_key = NULL";
            Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        Restart();
        var health = await Client.GetFromJsonAsync<JsonElement>("/health");
        var image = await Client.GetAsync($"/image?id={id}");
        Factory.WaitForDefaultImages();

        Assert.That(health.GetProperty("checks").GetProperty("consistency").GetString(), Is.EqualTo("Healthy"));
        Assert.That(image.StatusCode, Is.EqualTo(HttpStatusCode.OK), "rendered from the original");
        Assert.That((await Client.GetFromJsonAsync<JsonElement>($"/instances/{id}")).GetProperty("hasRenderedImage").GetBoolean(), Is.True,
            "the read queued it again");
        Assert.That(File.Exists(png), Is.True);
    }

    [Test]
    public async Task Restart_WithStoredInstanceMissingItsOriginal_KeepsItAndReportsDegraded()
    {
        var id = await StoreAsync("1.2.3.1");
        File.Delete(Directory.GetFiles(Path.Combine(Factory.BlobRoot, "originals"), $"{id}.*", SearchOption.AllDirectories).Single());

        Restart();
        var response = await Client.GetAsync("/health");
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "degraded, still serving");
        Assert.That(health.GetProperty("status").GetString(), Is.EqualTo("Degraded"));
        Assert.That(health.GetProperty("checks").GetProperty("consistency").GetString(), Is.EqualTo("Degraded"));
        Assert.That((await Client.GetAsync($"/instances/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the row is reported, never dropped");
    }

    [Test]
    public async Task Restart_WithEncryptedBlobWithoutRow_RemovesItAndKeepsKeysAndReadableInstances()
    {
        var id = await StoreAsync("1.2.3.1");
        var original = Directory.GetFiles(Path.Combine(Factory.BlobRoot, "originals"), $"{id}.*", SearchOption.AllDirectories).Single();
        // An encrypted blob under another id: what a kill after the rename of a real store leaves.
        var stray = Path.Combine(Factory.BlobRoot, "originals", "Ab", "AbcdefghijkmnopqrstuvW.dcm");
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        File.Copy(original, stray);
        var keys = await File.ReadAllBytesAsync(Factory.KeyFile);

        Restart();

        Assert.That(File.Exists(stray), Is.False);
        Assert.That(await File.ReadAllBytesAsync(Factory.KeyFile), Is.EqualTo(keys), "the key file is never touched");
        Assert.That(await Client.GetByteArrayAsync($"/instances/{id}/file"), Is.EqualTo(TestDicomFiles.Build("1.2.3.1")));
    }

    private async Task<string> StoreAsync(string sopInstanceUid)
    {
        using var content = new ByteArrayContent(TestDicomFiles.Build(sopInstanceUid));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/dicom");
        var response = await Client.PostAsync("/instances", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
