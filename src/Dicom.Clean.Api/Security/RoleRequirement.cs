using Dicom.Clean.Domain.Security;
using Microsoft.AspNetCore.Authorization;

namespace Dicom.Clean.Api.Security;

/// <summary>
/// The caller's role must reach <see cref="Minimum"/>; with <see cref="ByMethod"/>, the minimum is
/// reader for GET, HEAD and OPTIONS and writer for every other method.
/// </summary>
public sealed class RoleRequirement : IAuthorizationRequirement
{
    private RoleRequirement(ApiKeyRole minimum, bool byMethod)
    {
        Minimum = minimum;
        ByMethod = byMethod;
    }

    /// <summary>Lowest role allowed (for safe methods when <see cref="ByMethod"/>).</summary>
    public ApiKeyRole Minimum { get; }

    /// <summary>Whether unsafe methods need a writer.</summary>
    public bool ByMethod { get; }

    /// <summary>At least this role, whatever the method.</summary>
    public static RoleRequirement AtLeast(ApiKeyRole role) => new(role, byMethod: false);

    /// <summary>Reader to read, writer to change.</summary>
    public static RoleRequirement ForMethod() => new(ApiKeyRole.Reader, byMethod: true);

    /// <summary>The role this request needs.</summary>
    public ApiKeyRole RequiredFor(string method) =>
        ByMethod && !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
            ? ApiKeyRole.Writer
            : Minimum;
}
