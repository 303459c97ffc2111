namespace Dicom.Clean.Api.Contracts;

/// <summary>Body of <c>POST /dicom</c>.</summary>
/// <param name="Path">Absolute, or relative to the first import root.</param>
public sealed record ImportRequest(string? Path);
