using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Domain.UnitTests.Security;

public sealed class ApiKeyTokenTests
{
    [Test]
    public void Create_MakesDistinctWellFormedTokensWhoseIdParsesBack()
    {
        var (id1, token1) = ApiKeyToken.Create();
        var (id2, token2) = ApiKeyToken.Create();

        Assert.That(token1, Does.StartWith("dck_" + id1 + "_"));
        Assert.That(ApiKeyToken.TryGetId(token1), Is.EqualTo(id1));
        Assert.That(token1, Is.Not.EqualTo(token2));
        Assert.That(id1, Is.Not.EqualTo(id2));
        Assert.That(token1, Has.Length.EqualTo(64));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("hunter2")]
    [TestCase("dck_ABCDEFGHIJKLMNOP_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [TestCase("dck_aaaaaaaaaaaaaaaa-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [TestCase("dck_aaaaaaaaaaaaaaaa_aaaa")]
    public void TryGetId_WithMalformedToken_ReturnsNull(string? token) => Assert.That(ApiKeyToken.TryGetId(token), Is.Null);

    [Test]
    public void Matches_OnlyTheSameToken()
    {
        var (_, token) = ApiKeyToken.Create();
        var hash = ApiKeyToken.Hash(token);

        Assert.That(hash, Has.Length.EqualTo(64).And.Not.Contain(token));
        Assert.That(ApiKeyToken.Matches(token, hash), Is.True);
        Assert.That(ApiKeyToken.Matches(token, hash.ToUpperInvariant()), Is.True);
        Assert.That(ApiKeyToken.Matches(token[..^1] + "x", hash), Is.False);
    }

    [Test]
    public void Revoke_KeepsTheFirstTime()
    {
        var key = ApiKey.Create("aaaaaaaaaaaaaaaa", "ci", ApiKeyRole.Writer, new string('0', 64), DateTimeOffset.UnixEpoch);
        var first = DateTimeOffset.UnixEpoch.AddDays(1);

        key.Revoke(first);
        key.Revoke(first.AddDays(1));

        Assert.That(key.IsActive, Is.False);
        Assert.That(key.RevokedAt, Is.EqualTo(first));
    }
}
