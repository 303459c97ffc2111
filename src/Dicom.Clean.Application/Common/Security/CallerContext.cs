namespace Dicom.Clean.Application.Common.Security;

/// <summary>
/// Scoped holder of the caller: the web layer sets it once authentication has run; a background
/// job sets it in its own scope to the key that asked for the job.
/// </summary>
public sealed class CallerContext : ICallerContext
{
    /// <inheritdoc />
    public Caller Current { get; private set; } = Caller.System;

    /// <summary>Sets the caller of this scope.</summary>
    public void Set(Caller caller) => Current = caller ?? throw new ArgumentNullException(nameof(caller));
}
