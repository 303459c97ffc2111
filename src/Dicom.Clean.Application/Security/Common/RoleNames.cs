using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Application.Security.Common;

/// <summary>Roles as clients write them: <c>reader</c>, <c>writer</c>, <c>admin</c>.</summary>
public static class RoleNames
{
    /// <summary>The lower-case name of a role.</summary>
    public static string Of(ApiKeyRole role) => role switch
    {
        ApiKeyRole.Reader => "reader",
        ApiKeyRole.Writer => "writer",
        ApiKeyRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>Parses a role name, ignoring case.</summary>
    public static bool TryParse(string? name, out ApiKeyRole role)
    {
        role = name?.Trim().ToUpperInvariant() switch
        {
            "READER" => ApiKeyRole.Reader,
            "WRITER" => ApiKeyRole.Writer,
            "ADMIN" => ApiKeyRole.Admin,
            _ => 0,
        };
        return role != 0;
    }
}
