namespace Dicom.Clean.Api.Contracts;

/// <summary>Body of <c>POST /keys</c>.</summary>
/// <param name="Role"><c>reader</c>, <c>writer</c> or <c>admin</c>.</param>
/// <param name="Name">What the key is for (optional).</param>
public sealed record CreateApiKeyRequest(string? Role, string? Name);
