using System.Text.Json.Serialization;
using Dicom.Clean.Application.Instances.Queries.GetInstanceTags;

namespace Dicom.Clean.Api.Contracts;

/// <summary>One element, in the seed's field names.</summary>
public sealed record TagResponse
{
    /// <summary>Tag definition id.</summary>
    [JsonPropertyName("ID")]
    public required int Id { get; init; }

    /// <summary><c>(gggg,eeee)</c>.</summary>
    [JsonPropertyName("Tag")]
    public required string Tag { get; init; }

    /// <summary>Value representation.</summary>
    [JsonPropertyName("VR")]
    public required string Vr { get; init; }

    /// <summary>Display text of the value.</summary>
    [JsonPropertyName("Value")]
    public required string Value { get; init; }

    /// <summary>Dictionary keyword.</summary>
    [JsonPropertyName("Name")]
    public required string Name { get; init; }

    /// <summary>Item path of the parent, e.g. <c>(0008,1115)[0]</c>; absent at top level.</summary>
    [JsonPropertyName("Path")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Path { get; init; }

    /// <summary>Maps an application tag.</summary>
    public static TagResponse From(TagDto tag) => new()
    {
        Id = tag.Id,
        Tag = tag.Tag,
        Vr = tag.Vr,
        Value = tag.Value,
        Name = tag.Name,
        Path = tag.Path,
    };
}
