using Dicom.Clean.Application.Instances.Queries.GetInstance;
using Dicom.Clean.Application.Instances.Queries.GetInstanceTags;
using Dicom.Clean.Domain.Instances;
using Riok.Mapperly.Abstractions;

namespace Dicom.Clean.Application.Instances.Common;

/// <summary>Domain to DTO mappings, generated at compile time by Mapperly.</summary>
[Mapper]
public static partial class InstanceMapper
{
    /// <summary>Maps an instance's attributes.</summary>
    [MapProperty(nameof(DicomInstance.RenderedBlobKey), nameof(InstanceDto.HasRenderedImage), Use = nameof(IsPresent))]
    [MapperIgnoreSource(nameof(DicomInstance.TagValues))]
    [MapperIgnoreSource(nameof(DicomInstance.OriginalBlobKey))]
    public static partial InstanceDto ToDto(DicomInstance instance);

    /// <summary>Maps one stored element to the seed's tag shape.</summary>
    public static TagDto ToDto(InstanceTagValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TagDto(
            value.DefinitionId,
            value.Definition.TagText,
            value.Definition.Vr,
            value.Value,
            value.Definition.Keyword,
            value.Path.Length == 0 ? null : value.Path);
    }

    private static string MapId(InstanceId id) => id.Value;

    [UserMapping(Default = false)]
    private static bool IsPresent(string? key) => key is not null;
}
