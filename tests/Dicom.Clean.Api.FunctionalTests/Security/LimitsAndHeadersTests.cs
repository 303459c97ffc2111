using System.Net;
using System.Net.Http.Json;
using Dicom.Clean.Api.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Dicom.Clean.Api.FunctionalTests.Security;

public sealed class LimitsAndHeadersTests : SecuredServiceFixture
{
    private protected override void Configure(IWebHostBuilder builder) => builder
        .UseSetting("Security:RateLimit:PermitsPerSecond", "1")
        .UseSetting("Security:RateLimit:Burst", "5")
        .UseSetting("Security:MaxRequestBodyBytes", "1000")
        .UseSetting("Security:CorsAllowedOrigins:0", "https://viewer.example");

    [Test]
    public async Task OverTheRateLimit_Returns429ProblemWithRetryAfter_PerKey()
    {
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 20 && refused is null; i++)
        {
            var response = await Admin.GetAsync("/instances");
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.That(refused, Is.Not.Null, "no 429 after 20 calls with a burst of 5");
        await Problems.ReadAsync(refused!, HttpStatusCode.TooManyRequests);
        Assert.That(refused!.Headers.RetryAfter, Is.Not.Null);
        // Another key has its own bucket; probes are never limited.
        Assert.That((await Admin.GetAsync("/heartbeat")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task JsonRoute_OverTheDefaultBodyLimit_Returns413Problem()
    {
        // POST /keys declares no limit of its own: the default (1000 bytes here) applies.
        var response = await Admin.PostAsJsonAsync("/keys", new { role = "reader", name = new string('a', 2000) });

        await Problems.ReadAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task UploadRoute_KeepsItsOwnLimit()
    {
        var id = await StoreAsync(Admin, TestDicomFiles.Build("1.2.3.600", rows: 40, columns: 40));

        Assert.That(id, Has.Length.EqualTo(22));
    }

    [Test]
    public async Task EveryAnswer_CarriesSecurityHeaders()
    {
        foreach (var response in new[] { await Admin.GetAsync("/instances"), await Factory.CreateClient(token: null).GetAsync("/instances") })
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'"));
        }
    }

    [Test]
    public async Task Cors_PreflightFromConfiguredOrigin_IsAllowed_OthersAreNot()
    {
        using var anonymous = Factory.CreateClient(token: null);

        var allowed = await anonymous.SendAsync(Preflight("https://viewer.example"));
        var refused = await anonymous.SendAsync(Preflight("https://evil.example"));

        Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo("https://viewer.example"));
        Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), Does.Contain("X-Api-Key").IgnoreCase);
        Assert.That(refused.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/instances");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        return request;
    }
}
