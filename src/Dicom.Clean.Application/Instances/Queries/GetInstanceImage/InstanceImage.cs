namespace Dicom.Clean.Application.Instances.Queries.GetInstanceImage;

/// <summary>An image to send: its content and media type.</summary>
/// <param name="Content">The encoded image; the caller disposes it.</param>
/// <param name="MediaType"><c>image/png</c> or <c>image/jpeg</c>.</param>
public sealed record InstanceImage(Stream Content, string MediaType);
