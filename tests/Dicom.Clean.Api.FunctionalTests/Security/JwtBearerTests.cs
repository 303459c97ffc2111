using System.Net;
using System.Security.Claims;
using Dicom.Clean.Api.FunctionalTests.Support;
using Dicom.Clean.Api.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dicom.Clean.Api.FunctionalTests.Security;

/// <summary>
/// OIDC deployments: with <c>Security:Jwt:Audience</c> set, bearer JWTs are validated and their
/// <c>roles</c> claim gives the role. The signing key is given directly (no issuer to fetch it
/// from in a test); audience, lifetime and role mapping are the production code's.
/// </summary>
public sealed class JwtBearerTests : SecuredServiceFixture
{
    private const string Issuer = "https://issuer.test";
    private const string Audience = "dicom-clean-tests";
    private static readonly SymmetricSecurityKey SigningKey = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Security:Jwt:Audience", Audience);
        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(SecurityClaims.JwtScheme, o =>
        {
            o.TokenValidationParameters.IssuerSigningKey = SigningKey;
            o.TokenValidationParameters.ValidIssuer = Issuer;
        }));
    }

    [Test]
    public async Task WriterToken_Stores_ButCannotAdminister()
    {
        using var client = Factory.CreateClient(token: null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(Audience, "writer"));

        await StoreAsync(client, TestDicomFiles.Build("1.2.3.300"));
        await Problems.ReadAsync(await client.GetAsync("/keys"), HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task TokenForAnotherAudience_Returns401()
    {
        using var client = Factory.CreateClient(token: null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token("someone-else", "admin"));

        await Problems.ReadAsync(await client.GetAsync("/instances"), HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task TokenWithoutRole_Returns403()
    {
        using var client = Factory.CreateClient(token: null);
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(Audience, role: null));

        await Problems.ReadAsync(await client.GetAsync("/instances"), HttpStatusCode.Forbidden);
    }

    private static string Token(string audience, string? role)
    {
        var claims = new List<Claim> { new("sub", "alice") };
        if (role is not null)
        {
            claims.Add(new Claim("roles", role));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
