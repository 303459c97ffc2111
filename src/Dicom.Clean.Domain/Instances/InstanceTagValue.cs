using Dicom.Clean.Domain.Tags;

namespace Dicom.Clean.Domain.Instances;

/// <summary>
/// One data element of a stored instance (the seed's <c>dicom-tags</c> table): which definition,
/// where it sits (file order and item path) and its display text.
/// </summary>
public sealed class InstanceTagValue
{
    /// <summary>Creates a value not yet stored.</summary>
    /// <param name="ordinal">Zero-based position in file order, depth first through sequences.</param>
    /// <param name="path">
    /// The item path of the element's parent, e.g. <c>(0008,1115)[0]/(0008,114A)[1]</c> (zero-based
    /// item indexes, outermost first), or empty for a top-level element.
    /// </param>
    /// <param name="definition">The element's tag, VR and keyword.</param>
    /// <param name="value">The display text of the value (binary values summarised).</param>
    public InstanceTagValue(int ordinal, string path, TagDefinition definition, string value)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(value);
        Ordinal = ordinal;
        Path = path;
        Definition = definition;
        Value = value;
    }

    private InstanceTagValue()
    {
        Path = string.Empty;
        Definition = null!;
        Value = string.Empty;
    }

    /// <summary>Zero-based position in file order.</summary>
    public int Ordinal { get; private set; }

    /// <summary>Item path of the parent item, empty at top level.</summary>
    public string Path { get; private set; }

    /// <summary>Id of <see cref="Definition"/> once stored.</summary>
    public int DefinitionId { get; private set; }

    /// <summary>Tag, VR and keyword.</summary>
    public TagDefinition Definition { get; private set; }

    /// <summary>Display text.</summary>
    public string Value { get; private set; }

    /// <summary>Points this value at an equal definition that is already stored.</summary>
    public void UseDefinition(TagDefinition stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Tag != Definition.Tag || stored.Vr != Definition.Vr || stored.Keyword != Definition.Keyword)
        {
            throw new ArgumentException("The stored definition differs from this value's.", nameof(stored));
        }

        Definition = stored;
    }
}
