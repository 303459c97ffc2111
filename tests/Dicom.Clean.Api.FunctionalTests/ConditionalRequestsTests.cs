using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests;

/// <summary>Images and originals carry validators and cache headers; a client holding them gets 304.</summary>
public sealed class ConditionalRequestsTests : ServiceFixture
{
    [TestCase("/image?id={0}")]
    [TestCase("/instances/{0}/image")]
    [TestCase("/instances/{0}/image?format=jpeg&window=10,20")]
    [TestCase("/instances/{0}/file")]
    public async Task Get_WithMatchingIfNoneMatch_Answers304WithoutBody(string route)
    {
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, await StoreAsync());

        var first = await Client.GetAsync(url);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await Client.SendAsync(again);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(first.Headers.ETag!.IsWeak, Is.False);
        Assert.That(first.Headers.CacheControl!.Private, Is.True);
        Assert.That(first.Headers.CacheControl.NoCache, Is.True, "kept, but revalidated (authorized and audited) on every use");
        Assert.That(first.Headers.CacheControl.NoStore, Is.False);
        Assert.That(first.Headers.Vary, Is.SupersetOf(new[] { "Authorization", "X-Api-Key" }));
        Assert.That(second.Headers.CacheControl!.NoCache, Is.True);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await second.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [Test]
    public async Task GetImage_ForOtherRequests_GivesOtherTags()
    {
        var id = await StoreAsync();

        var tags = await Task.WhenAll(new[] { $"/image?id={id}", $"/instances/{id}/image?format=jpeg", $"/instances/{id}/image?window=10,20" }
            .Select(async url => (await Client.GetAsync(url)).Headers.ETag!.Tag));

        Assert.That(tags.Distinct().Count(), Is.EqualTo(3));
        Assert.That((await Client.GetAsync($"/instances/{id}/image")).Headers.ETag!.Tag, Is.EqualTo(tags[0]), "both routes serve the same stored PNG");
    }

    [Test]
    public async Task GetFile_WithIfRangeOfCurrentTag_AnswersTheRange()
    {
        var id = await StoreAsync();
        var etag = (await Client.GetAsync($"/instances/{id}/file")).Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/instances/{id}/file");
        request.Headers.Range = new RangeHeaderValue(128, 131);
        request.Headers.IfRange = new RangeConditionHeaderValue(etag);

        var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PartialContent));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo("DICM"u8.ToArray()));
    }

    private async Task<string> StoreAsync()
    {
        var content = new ByteArrayContent(TestDicomFiles.Build("1.2.3.4.5"));
        content.Headers.ContentType = new("application/dicom");
        var response = await Client.PostAsync("/instances", content);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
