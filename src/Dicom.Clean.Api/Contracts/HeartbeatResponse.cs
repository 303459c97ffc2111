namespace Dicom.Clean.Api.Contracts;

/// <summary>Answer of <c>GET /heartbeat</c>: the process is up.</summary>
/// <param name="Status">Always <c>alive</c>.</param>
public sealed record HeartbeatResponse(string Status);
