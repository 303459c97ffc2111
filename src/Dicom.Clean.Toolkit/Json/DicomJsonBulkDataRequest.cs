namespace Dicom.Clean.Toolkit.Json;

/// <summary>A BulkDataURI met by <see cref="DicomJsonReader"/>, for a <see cref="DicomJsonReaderOptions.BulkDataResolver"/>.</summary>
/// <param name="Tag">The element's tag.</param>
/// <param name="VR">The element's VR.</param>
/// <param name="Uri">The URI as the JSON gives it.</param>
/// <param name="Path">The element's place, e.g. <c>00081115/0/00420011</c> (as <see cref="DicomJsonBulkDataReference.Path"/>).</param>
public readonly record struct DicomJsonBulkDataRequest(DicomTag Tag, DicomVR VR, string Uri, string Path);
