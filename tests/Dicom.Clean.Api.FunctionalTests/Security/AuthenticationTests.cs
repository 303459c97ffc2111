using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Security;

public sealed class AuthenticationTests : SecuredServiceFixture
{
    private const string SomeId = "iEfcZk3Vn6H8iyqc3seHrm";

    [TestCase("GET", "/instances")]
    [TestCase("GET", "/instances/" + SomeId)]
    [TestCase("GET", "/instances/" + SomeId + "/file")]
    [TestCase("GET", "/tags?id=" + SomeId)]
    [TestCase("GET", "/image?id=" + SomeId)]
    [TestCase("POST", "/dicom")]
    [TestCase("POST", "/instances")]
    [TestCase("DELETE", "/instances/" + SomeId)]
    [TestCase("GET", "/keys")]
    [TestCase("GET", "/audit")]
    [TestCase("GET", "/metrics")]
    [TestCase("GET", "/openapi/v1.json")]
    public async Task Route_WithoutKey_Returns401Problem(string method, string path)
    {
        using var anonymous = Factory.CreateClient(token: null);

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await Problems.ReadAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("ApiKey"));
    }

    [TestCase("/health")]
    [TestCase("/heartbeat")]
    public async Task Probe_WithoutKey_Returns200(string path)
    {
        using var anonymous = Factory.CreateClient(token: null);

        var response = await anonymous.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("dck_aaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "not known")]
    [TestCase("hunter2", "not well formed")]
    public async Task BadKey_Returns401ProblemSayingWhy(string token, string why)
    {
        using var client = Factory.CreateClient(token);

        var problem = await Problems.ReadAsync(await client.GetAsync("/instances"), HttpStatusCode.Unauthorized);

        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain(why));
    }

    [Test]
    public async Task Token_WithSecretChanged_Returns401()
    {
        var token = await CreateTokenAsync("reader");
        using var client = Factory.CreateClient(token[..^1] + (token[^1] == 'a' ? 'b' : 'a'));

        await Problems.ReadAsync(await client.GetAsync("/instances"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Reader_ReadsButCannotWriteDeleteOrAdminister()
    {
        var id = await StoreAsync(Admin, TestDicomFiles.Build("1.2.3.100"));
        using var reader = Factory.CreateClient(await CreateTokenAsync("reader"));

        Assert.That((await reader.GetAsync($"/instances/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await reader.GetAsync($"/tags?id={id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await reader.GetAsync($"/instances/{id}/file")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var post = await Problems.ReadAsync(await reader.PostAsJsonAsync("/dicom", new { path = "a.dcm" }), HttpStatusCode.Forbidden);
        Assert.That(post.GetProperty("detail").GetString(), Does.Contain("writer"));
        await Problems.ReadAsync(await reader.DeleteAsync($"/instances/{id}"), HttpStatusCode.Forbidden);
        await Problems.ReadAsync(await reader.GetAsync("/keys"), HttpStatusCode.Forbidden);
        await Problems.ReadAsync(await reader.GetAsync("/audit"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Writer_StoresAndDeletesButCannotAdminister()
    {
        using var writer = Factory.CreateClient(await CreateTokenAsync("writer"));

        var id = await StoreAsync(writer, TestDicomFiles.Build("1.2.3.101"));
        Assert.That((await writer.DeleteAsync($"/instances/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var keys = await Problems.ReadAsync(await writer.PostAsJsonAsync("/keys", new { role = "admin" }), HttpStatusCode.Forbidden);
        Assert.That(keys.GetProperty("detail").GetString(), Does.Contain("admin"));
        await Problems.ReadAsync(await writer.GetAsync("/audit"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task BearerHeader_WithApiKey_Authenticates()
    {
        var token = await CreateTokenAsync("reader");
        using var client = Factory.CreateClient(token: null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        Assert.That((await client.GetAsync("/instances")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task RevokedKey_Returns401_AndStaysListed()
    {
        var token = await CreateTokenAsync("writer");
        using var client = Factory.CreateClient(token);
        Assert.That((await client.GetAsync("/instances")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var id = Dicom.Clean.Domain.Security.ApiKeyToken.TryGetId(token);

        Assert.That((await Admin.DeleteAsync($"/keys/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var problem = await Problems.ReadAsync(await client.GetAsync("/instances"), HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("revoked"));
        var listed = (await Admin.GetFromJsonAsync<JsonElement>("/keys")).EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.That(listed.GetProperty("revokedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(listed.TryGetProperty("token", out _) || listed.ToString().Contains(token, StringComparison.Ordinal), Is.False);
    }

    [Test]
    public async Task ConfiguredKey_CannotBeRevokedHere_Returns409()
    {
        await Problems.ReadAsync(await Admin.DeleteAsync("/keys/testadminkeyabcd"), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task CreateKey_WithUnknownRole_Returns400()
    {
        await Problems.ReadAsync(await Admin.PostAsJsonAsync("/keys", new { role = "root" }), HttpStatusCode.BadRequest);
    }
}
