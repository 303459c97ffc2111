namespace Dicom.Clean.Cli;

/// <summary>One failed file of a job.</summary>
internal sealed record JobFailure(string Path, string Reason);
