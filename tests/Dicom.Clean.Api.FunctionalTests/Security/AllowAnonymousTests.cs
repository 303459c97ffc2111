using System.Net;
using System.Net.Http.Json;
using Dicom.Clean.Api.FunctionalTests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Dicom.Clean.Api.FunctionalTests.Security;

/// <summary><c>Security:AllowAnonymous</c>: callers without a key read and write, never administer.</summary>
public sealed class AllowAnonymousTests : SecuredServiceFixture
{
    private protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Security:AllowAnonymous", "true");

    [Test]
    public async Task Anonymous_StoresReadsAndDeletes_ButIsNotAdmin()
    {
        using var anonymous = Factory.CreateClient(token: null);

        var id = await StoreAsync(anonymous, TestDicomFiles.Build("1.2.3.200"));
        Assert.That((await anonymous.GetAsync($"/tags?id={id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await anonymous.DeleteAsync($"/instances/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await Problems.ReadAsync(await anonymous.GetAsync("/keys"), HttpStatusCode.Forbidden);
        await Problems.ReadAsync(await anonymous.PostAsJsonAsync("/keys", new { role = "admin" }), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Anonymous_WithBadKey_StillReturns401()
    {
        using var client = Factory.CreateClient("dck_aaaaaaaaaaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");

        await Problems.ReadAsync(await client.GetAsync("/instances"), HttpStatusCode.Unauthorized);
    }
}
