namespace Dicom.Clean.Application.Uploads.Common;

/// <summary>What ingest made of a finished upload; the same cases as <c>POST /instances</c>.</summary>
public enum UploadOutcomeKind
{
    /// <summary>A new instance was stored (201 on <c>POST /instances</c>).</summary>
    Stored,

    /// <summary>The same bytes were already stored (200).</summary>
    AlreadyStored,

    /// <summary>Another file with the same SOP Instance UID is stored (409).</summary>
    Conflict,

    /// <summary>Not DICOM, or damaged (422).</summary>
    Unreadable,
}
