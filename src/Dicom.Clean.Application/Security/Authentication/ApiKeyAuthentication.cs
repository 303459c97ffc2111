using Dicom.Clean.Domain.Security;

namespace Dicom.Clean.Application.Security.Authentication;

/// <summary>The outcome of checking a token.</summary>
/// <param name="Check">Accepted, or why not.</param>
/// <param name="Key">The key, when valid.</param>
public sealed record ApiKeyAuthentication(ApiKeyCheck Check, ApiKey? Key);
