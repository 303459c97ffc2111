namespace Dicom.Clean.Application.Common.Security;

/// <summary>The caller of the current scope (one HTTP request, one background job).</summary>
public interface ICallerContext
{
    /// <summary>The caller; <see cref="Caller.System"/> until someone sets it.</summary>
    Caller Current { get; }
}
