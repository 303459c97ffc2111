using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Application.Common.Security;

/// <summary>Who is calling: what the audit log records about them.</summary>
/// <param name="KeyId">API key id, <c>anonymous</c>, <c>jwt:&lt;subject&gt;</c>, or <c>system</c> for work nobody asked for.</param>
/// <param name="Role">The caller's role, when authenticated.</param>
/// <param name="RemoteAddress">The caller's IP address, when known.</param>
public sealed record Caller(string KeyId, ApiKeyRole? Role, string? RemoteAddress)
{
    /// <summary>The service itself (start-up, background work without a requesting key).</summary>
    public static Caller System { get; } = new("system", null, null);
}
