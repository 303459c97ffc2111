using System.Text.Json.Serialization;

namespace Dicom.Clean.Api.Contracts;

// Declares the contract (OpenAPI, clients); the routes serve the same JSON as stored at ingest by
// Application's TagsDocumentWriter, held equal by TagsDocumentTests.

/// <summary>The seed's tags answer: <c>{"uuid": id, "tags": [...]}</c>, elements in file order.</summary>
public sealed record TagsResponse
{
    /// <summary>Server id.</summary>
    [JsonPropertyName("uuid")]
    public required string Uuid { get; init; }

    /// <summary>Every element, nested ones with <c>Path</c>.</summary>
    [JsonPropertyName("tags")]
    public required IReadOnlyList<TagResponse> Tags { get; init; }
}
