using Dicom.Clean.Api.FunctionalTests.Support;
using Dicom.Clean.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dicom.Clean.Api.FunctionalTests.Security;

/// <summary>
/// Every endpoint the service maps, including ones added later by anyone, needs a key: only
/// /health and /heartbeat may be anonymous. Fails the day a route opens up by mistake.
/// </summary>
public sealed class AuthorizationCoverageTests : SecuredServiceFixture
{
    private static readonly string[] AnonymousRoutes = ["/health", "/heartbeat"];

    // Scalar's own static files (script, style, icon): public code, no data; its page and the document need a key.
    private static bool IsReferencePageAsset(string route) =>
        route.StartsWith("/scalar/", StringComparison.Ordinal) && Path.HasExtension(route);

    [Test]
    public async Task FallbackPolicy_NeedsReaderToReadAndWriterToWrite()
    {
        var policies = Factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        var fallback = await policies.GetFallbackPolicyAsync();

        Assert.That(fallback, Is.Not.Null);
        var requirement = fallback!.Requirements.OfType<RoleRequirement>().Single();
        Assert.That(requirement.RequiredFor("GET"), Is.EqualTo(Domain.Security.ApiKeyRole.Reader));
        Assert.That(requirement.RequiredFor("PATCH"), Is.EqualTo(Domain.Security.ApiKeyRole.Writer));
    }

    [Test]
    public void EveryEndpoint_ExceptProbes_IsNotAnonymous()
    {
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        Assert.That(endpoints, Is.Not.Empty);
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            Assert.That(anonymous, Is.EqualTo(AnonymousRoutes.Contains(route) || IsReferencePageAsset(route)), $"{route} anonymous: {anonymous}");
        }
    }
}
