using System.Buffers;
using System.Text.Json;
using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;

namespace Dicom.Clean.Application.Instances.Common;

/// <summary>
/// Writes the tags answer (<c>{"uuid": id, "tags": [{"ID", "Tag", "VR", "Value", "Name", "Path"}]}</c>,
/// file order, <c>Path</c> only for nested elements) as UTF-8 JSON. Ingest stores it beside the
/// rows so <c>GET /tags</c> serves bytes instead of re-reading hundreds of rows; the rows stay the
/// queryable truth and the document can always be written again from them. The bytes equal what
/// the web layer's serializer writes for the same answer (a functional test holds them together).
/// </summary>
public static class TagsDocumentWriter
{
    // Same escaping as the web layer's default serializer options.
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    /// <summary>Writes the document for an instance's elements, in the order given.</summary>
    /// <param name="instanceId">Server id.</param>
    /// <param name="elements">Each element with its stored definition id, in file order.</param>
    public static byte[] Write(string instanceId, IReadOnlyList<(int DefinitionId, InstanceTagValue Value)> elements)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        ArgumentNullException.ThrowIfNull(elements);
        var output = new ArrayBufferWriter<byte>(256 + (elements.Count * 96));
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteString("uuid"u8, instanceId);
            json.WriteStartArray("tags"u8);
            foreach (var (definitionId, value) in elements)
            {
                WriteElement(json, definitionId, value.Definition, value.Value, value.Path);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }

    private static void WriteElement(Utf8JsonWriter json, int definitionId, TagDefinition definition, string value, string path)
    {
        json.WriteStartObject();
        json.WriteNumber("ID"u8, definitionId);
        json.WriteString("Tag"u8, definition.TagText);
        json.WriteString("VR"u8, definition.Vr);
        json.WriteString("Value"u8, value);
        json.WriteString("Name"u8, definition.Keyword);
        if (path.Length > 0)
        {
            json.WriteString("Path"u8, path);
        }

        json.WriteEndObject();
    }
}
