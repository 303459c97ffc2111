using System.Text.Json.Serialization;
using Dicom.Clean.Application.Instances.Queries.GetInstanceTags;

namespace Dicom.Clean.Api.Contracts;

/// <summary>The seed's tags answer: <c>{"uuid": id, "tags": [...]}</c>, elements in file order.</summary>
public sealed record TagsResponse
{
    /// <summary>Server id.</summary>
    [JsonPropertyName("uuid")]
    public required string Uuid { get; init; }

    /// <summary>Every element, nested ones with <c>Path</c>.</summary>
    [JsonPropertyName("tags")]
    public required IReadOnlyList<TagResponse> Tags { get; init; }

    /// <summary>Maps the application's answer.</summary>
    public static TagsResponse From(InstanceTagsDto tags) => new()
    {
        Uuid = tags.Id,
        Tags = tags.Tags.Select(TagResponse.From).ToList(),
    };
}
