namespace Dicom.Clean.Application.Instances.Queries.GetInstanceTags;

/// <summary>One element in the seed's shape.</summary>
/// <param name="Id">Tag definition id (the seed's <c>tag</c> row).</param>
/// <param name="Tag"><c>(gggg,eeee)</c>.</param>
/// <param name="Vr">Value representation.</param>
/// <param name="Value">Display text.</param>
/// <param name="Name">Dictionary keyword.</param>
/// <param name="Path">Item path of the parent item for nested elements; null at top level.</param>
public sealed record TagDto(int Id, string Tag, string Vr, string Value, string Name, string? Path);
