namespace Dicom.Clean.Application.Instances.Queries.GetInstanceTags;

/// <summary>Every element of an instance as the tags answer, already written as UTF-8 JSON.</summary>
/// <param name="Id">Server id.</param>
/// <param name="Utf8Json">The document (<see cref="Common.TagsDocumentWriter"/>), served as is.</param>
public sealed record InstanceTagsJson(string Id, ReadOnlyMemory<byte> Utf8Json);
