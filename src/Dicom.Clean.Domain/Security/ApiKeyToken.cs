using System.Security.Cryptography;
using System.Text;

namespace Dicom.Clean.Domain.Security;

/// <summary>
/// The secret a client sends: <c>dck_&lt;key id&gt;_&lt;secret&gt;</c>, where the id is public (it names
/// the key in lists and the audit log) and the secret is 32 random bytes. Only the SHA-256 of the
/// whole token is stored: with 256 bits of entropy no guess or table reaches it, so a slow password
/// hash would add nothing but CPU per request.
/// </summary>
public static class ApiKeyToken
{
    /// <summary>Every token starts with this, so a bearer token is told apart from a JWT at once.</summary>
    public const string Prefix = "dck_";

    /// <summary>Length of a key id.</summary>
    public const int IdLength = 16;

    private const string IdAlphabet = "abcdefghijkmnopqrstuvwxyz23456789";

    private static readonly System.Buffers.SearchValues<char> IdCharacters = System.Buffers.SearchValues.Create(IdAlphabet);

    /// <summary>A new random token and its id.</summary>
    public static (string Id, string Token) Create()
    {
        var id = RandomNumberGenerator.GetString(IdAlphabet, IdLength);
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (id, $"{Prefix}{id}_{secret}");
    }

    /// <summary>The key id of a well-formed token, or null for anything else.</summary>
    public static string? TryGetId(string? token)
    {
        if (token is null || token.Length != Prefix.Length + IdLength + 1 + 43
            || !token.StartsWith(Prefix, StringComparison.Ordinal) || token[Prefix.Length + IdLength] != '_')
        {
            return null;
        }

        var id = token.Substring(Prefix.Length, IdLength);
        return id.AsSpan().IndexOfAnyExcept(IdCharacters) >= 0 ? null : id;
    }

    /// <summary>SHA-256 of the token, lower-case hex: what is stored and compared.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Compares a token with a stored hash in constant time.</summary>
    public static bool Matches(string token, string storedHash)
    {
        var actual = Encoding.ASCII.GetBytes(Hash(token));
        var expected = Encoding.ASCII.GetBytes(storedHash.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
