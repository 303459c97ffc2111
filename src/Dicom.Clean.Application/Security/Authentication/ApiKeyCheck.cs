namespace Dicom.Clean.Application.Security.Authentication;

/// <summary>Why a token was accepted or refused.</summary>
public enum ApiKeyCheck
{
    /// <summary>A known, active key whose hash matches.</summary>
    Valid,

    /// <summary>Not shaped like a token of ours.</summary>
    Malformed,

    /// <summary>No such key, or the secret does not match.</summary>
    Unknown,

    /// <summary>The key was revoked.</summary>
    Revoked,
}
