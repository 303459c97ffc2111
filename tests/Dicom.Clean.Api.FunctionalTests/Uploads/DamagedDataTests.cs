using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Uploads;

/// <summary>The damaged-data policy of docs/ingest.md: refused with reason and offset, nothing kept.</summary>
public sealed class DamagedDataTests : ServiceFixture
{
    private static readonly byte[] Sound = TestDicomFiles.Build("1.2.3.90", rows: 64, columns: 64);

    private static IEnumerable<TestCaseData> DamagedFiles()
    {
        yield return new TestCaseData(Array.Empty<byte>(), 0L).SetName("ZeroLength");
        yield return new TestCaseData(TestDicomFiles.NotDicom(), 0L).SetName("NotDicom");
        yield return new TestCaseData(Sound[..300], null).SetName("TruncatedInTheHeader");
        yield return new TestCaseData(Sound[..(Sound.Length - 100)], null).SetName("TruncatedInThePixelData");
        yield return new TestCaseData(DamagedDicomFiles.LengthBeyondTheFile(Sound), null).SetName("LengthLargerThanTheFile");
        yield return new TestCaseData(DamagedDicomFiles.BitFlippedLength(Sound), null).SetName("BitFlippedLength");
    }

    [TestCaseSource(nameof(DamagedFiles))]
    public async Task PostInstances_WithDamagedFile_Returns422WithReasonAndOffsetAndKeepsNothing(byte[] file, long? expectedOffset)
    {
        await StoreAsync(TestDicomFiles.Build("1.2.3.91"));
        var before = StorageSnapshot.Take(Factory);

        var problem = await Problems.ReadAsync(await Client.PostAsync("/instances", Dicom(file)), HttpStatusCode.UnprocessableEntity);

        Assert.That(problem.GetProperty("reason").GetString(), Is.Not.Empty);
        var offset = problem.GetProperty("offset").GetInt64();
        Assert.That(offset, expectedOffset is { } exact ? Is.EqualTo(exact) : Is.InRange(128L, file.Length));
        Assert.That(StorageSnapshot.Take(Factory), Is.EqualTo(before));
        Assert.That(Directory.GetFiles(Path.Combine(Factory.BlobRoot, ".tmp")), Is.Empty);
    }

    [Test]
    public async Task PostInstances_WithADeflateBombOfFourGiB_Returns422AndKeepsNothing()
    {
        var bomb = DamagedDicomFiles.DeflateBomb(inflatedGiB: 4);
        var before = StorageSnapshot.Take(Factory);

        var problem = await Problems.ReadAsync(await Client.PostAsync("/instances", Dicom(bomb)), HttpStatusCode.UnprocessableEntity);

        Assert.That(bomb, Has.Length.LessThan(8 * 1024 * 1024), "a few megabytes on the wire");
        Assert.That(problem.GetProperty("reason").GetString(), Does.Contain("inflates beyond"));
        Assert.That(problem.GetProperty("offset").GetInt64(), Is.GreaterThan(128));
        Assert.That(StorageSnapshot.Take(Factory), Is.EqualTo(before));
    }

    [Test]
    public async Task PostInstances_WithEverySingleBitFlip_NeverAnswers5xxAndKeepsNothingOfARefusal()
    {
        var sound = TestDicomFiles.Build("1.2.3.92", rows: 2, columns: 2);
        for (var position = 128; position < sound.Length; position += 3)
        {
            var flipped = (byte[])sound.Clone();
            flipped[position] ^= (byte)(1 << (position % 8));
            var before = StorageSnapshot.Take(Factory);

            using var response = await Client.PostAsync("/instances", Dicom(flipped));

            var status = (int)response.StatusCode;
            Assert.That(status, Is.AnyOf(200, 201, 409, 422), $"bit flipped at byte {position}: {await response.Content.ReadAsStringAsync()}");
            if (status is 409 or 422)
            {
                Assert.That(StorageSnapshot.Take(Factory), Is.EqualTo(before), $"bit flipped at byte {position}");
            }
        }
    }

    [Test]
    public async Task PostInstances_WithSoundHeaderAndDamagedPixels_StoresTagsAndAnswers422OnImage()
    {
        Restart();
        var response = await Client.PostAsync("/instances", Dicom(DamagedDicomFiles.SoundHeaderDamagedPixels("1.2.3.93")));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var tags = await Client.GetFromJsonAsync<JsonElement>($"/instances/{id}/tags");
        var image = await Problems.ReadAsync(await Client.GetAsync($"/instances/{id}/image"), HttpStatusCode.UnprocessableEntity);
        var seedImage = await Problems.ReadAsync(await Client.GetAsync($"/image?id={id}"), HttpStatusCode.UnprocessableEntity);

        Assert.That(tags.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("Tag").GetString()), Does.Contain("(0008,0018)"));
        Assert.That(image.GetProperty("reason").GetString(), Is.Not.Empty);
        Assert.That(seedImage.GetProperty("reason").GetString(), Is.EqualTo(image.GetProperty("reason").GetString()));
    }

    private async Task StoreAsync(byte[] file)
    {
        using var response = await Client.PostAsync("/instances", Dicom(file));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private static ByteArrayContent Dicom(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/dicom");
        return content;
    }
}
