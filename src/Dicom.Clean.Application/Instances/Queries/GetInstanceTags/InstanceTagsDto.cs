namespace Dicom.Clean.Application.Instances.Queries.GetInstanceTags;

/// <summary>Every element of an instance, in file order.</summary>
/// <param name="Id">Server id.</param>
/// <param name="Tags">Elements, nested ones with their item path.</param>
public sealed record InstanceTagsDto(string Id, IReadOnlyList<TagDto> Tags);
