namespace Dicom.Clean.Api.Contracts;

/// <summary>Answer of <c>GET /health</c> when healthy.</summary>
/// <param name="Status"><c>Healthy</c> or <c>Degraded</c>.</param>
/// <param name="Checks">Each check's status by name (<c>database</c>, <c>blobs</c>).</param>
public sealed record HealthResponse(string Status, IReadOnlyDictionary<string, string> Checks);
