namespace Dicom.Clean.Api.Security;

/// <summary>Claims and schemes this service puts on an authenticated caller.</summary>
public static class SecurityClaims
{
    /// <summary>Claim with the caller's role: reader, writer or admin.</summary>
    public const string Role = "dicom-clean/role";

    /// <summary>Claim with what the audit log records as the caller (key id, <c>jwt:sub</c>, <c>anonymous</c>).</summary>
    public const string CallerId = "dicom-clean/caller";

    /// <summary>API key authentication scheme.</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>JWT bearer scheme (when configured).</summary>
    public const string JwtScheme = "Jwt";

    /// <summary>The default scheme: picks one of the above per request.</summary>
    public const string SelectorScheme = "ApiKeyOrJwt";

    /// <summary>The API key header.</summary>
    public const string ApiKeyHeader = "X-Api-Key";
}
