namespace Dicom.Clean.Api.Security;

/// <summary>
/// Authorization policies. Every endpoint without an attribute gets <see cref="ByMethod"/> (the
/// fallback): reading (GET, HEAD, OPTIONS) needs a reader, anything else a writer. Mark a route
/// <c>[Authorize(Policy = SecurityPolicies.Admin)]</c> for admins, <c>[AllowAnonymous]</c> for everyone.
/// </summary>
public static class SecurityPolicies
{
    /// <summary>Safe methods need a reader, others a writer (the default and fallback policy).</summary>
    public const string ByMethod = "ByMethod";

    /// <summary>At least reader.</summary>
    public const string Reader = "Reader";

    /// <summary>At least writer.</summary>
    public const string Writer = "Writer";

    /// <summary>Admin only.</summary>
    public const string Admin = "Admin";
}
