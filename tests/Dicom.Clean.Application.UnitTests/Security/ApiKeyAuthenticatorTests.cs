using Dicom.Clean.Application.Security.Authentication;
using Dicom.Clean.Domain.Security;
using Moq;

namespace Dicom.Clean.Application.UnitTests.Security;

public sealed class ApiKeyAuthenticatorTests
{
    private readonly Mock<IApiKeyRepository> _keys = new();
    private string _token = null!;
    private ApiKey _key = null!;

    [SetUp]
    public void Create()
    {
        (var id, _token) = ApiKeyToken.Create();
        _key = ApiKey.Create(id, "ci", ApiKeyRole.Reader, ApiKeyToken.Hash(_token), DateTimeOffset.UnixEpoch);
        _keys.Setup(k => k.FindAsync(id, It.IsAny<CancellationToken>())).ReturnsAsync(_key);
    }

    [Test]
    public async Task Authenticate_WithStoredToken_IsValid()
    {
        var result = await new ApiKeyAuthenticator(_keys.Object).AuthenticateAsync(_token, CancellationToken.None);

        Assert.That(result.Check, Is.EqualTo(ApiKeyCheck.Valid));
        Assert.That(result.Key, Is.SameAs(_key));
    }

    [Test]
    public async Task Authenticate_WithRightIdWrongSecret_IsUnknown()
    {
        var forged = _token[..^2] + (_token[^2] == 'a' ? "bb" : "aa");

        var result = await new ApiKeyAuthenticator(_keys.Object).AuthenticateAsync(forged, CancellationToken.None);

        Assert.That(result.Check, Is.EqualTo(ApiKeyCheck.Unknown));
        Assert.That(result.Key, Is.Null);
    }

    [Test]
    public async Task Authenticate_WithRevokedKey_IsRevoked()
    {
        _key.Revoke(DateTimeOffset.UnixEpoch);

        var result = await new ApiKeyAuthenticator(_keys.Object).AuthenticateAsync(_token, CancellationToken.None);

        Assert.That(result.Check, Is.EqualTo(ApiKeyCheck.Revoked));
    }

    [Test]
    public async Task Authenticate_WithGarbage_IsMalformedWithoutLookingUp()
    {
        var result = await new ApiKeyAuthenticator(_keys.Object).AuthenticateAsync("' OR 1=1 --", CancellationToken.None);

        Assert.That(result.Check, Is.EqualTo(ApiKeyCheck.Malformed));
        _keys.Verify(k => k.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
