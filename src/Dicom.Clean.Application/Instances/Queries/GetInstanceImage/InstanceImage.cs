namespace Dicom.Clean.Application.Instances.Queries.GetInstanceImage;

/// <summary>An image to send: a plain file the server may send as is, or content to stream.</summary>
/// <param name="Content">The encoded image when there is no plain file; the caller disposes it.</param>
/// <param name="PlainFilePath">The stored image's file, sent without reading it through the application; null to stream <paramref name="Content"/>.</param>
/// <param name="MediaType"><c>image/png</c> or <c>image/jpeg</c>.</param>
/// <param name="EntityTag">Quoted strong validator: equal for equal bytes, so conditional requests answer 304.</param>
public sealed record InstanceImage(Stream? Content, string? PlainFilePath, string MediaType, string EntityTag);
