namespace Dicom.Clean.Toolkit.Dictionary;

/// <summary>
/// What the data dictionary says about one attribute, or about a range of them for repeating
/// groups (<c>60xx</c>) and private creator blocks. Immutable.
/// </summary>
public sealed class DicomDictionaryEntry
{
    private readonly DicomVR[] _vrs;
    private readonly TagRange _range;

    internal DicomDictionaryEntry(TagRange range, DicomVR[] vrs, string keyword, DicomValueMultiplicity multiplicity, bool isRetired, string? privateCreator)
    {
        _range = range;
        _vrs = vrs;
        Keyword = keyword;
        Multiplicity = multiplicity;
        IsRetired = isRetired;
        PrivateCreator = privateCreator;
    }

    /// <summary>
    /// The tag, or for a range the first tag of it (<c>(6000,3000)</c> for Overlay Data). For a private
    /// entry the element is the offset in the creator's block (<c>00ee</c>) unless it is fixed.
    /// </summary>
    public DicomTag Tag => new((ushort)_range.GroupLow, (ushort)_range.ElementLow);

    /// <summary>The keyword (<c>PatientName</c>); retired attributes carry no <c>RETIRED_</c> prefix.</summary>
    public string Keyword { get; }

    /// <summary>The VR to use when the data gives none: the first of <see cref="ValueRepresentations"/>, or <see cref="DicomVR.None"/> for items.</summary>
    public DicomVR ValueRepresentation => _vrs.Length > 0 ? _vrs[0] : DicomVR.None;

    /// <summary>Every VR the dictionary allows (two for <c>US or SS</c>, <c>OB or OW</c>; none for items and delimiters).</summary>
    public IReadOnlyList<DicomVR> ValueRepresentations => _vrs;

    /// <summary>The value multiplicity.</summary>
    public DicomValueMultiplicity Multiplicity { get; }

    /// <summary>True for attributes the standard has retired.</summary>
    public bool IsRetired { get; }

    /// <summary>The private creator this entry belongs to; null for standard attributes.</summary>
    public string? PrivateCreator { get; }

    /// <summary>True when the entry covers several tags (repeating groups, element ranges, private creator blocks).</summary>
    public bool IsRange => _range.IsRange;

    /// <summary>True when the entry allows <paramref name="vr"/>.</summary>
    /// <param name="vr">A VR read from the data.</param>
    public bool Allows(DicomVR vr) => Array.IndexOf(_vrs, vr) >= 0;

    internal bool Matches(DicomTag tag) => _range.Contains(tag.Group, tag.Element);

    internal TagRange Range => _range;

    /// <inheritdoc />
    public override string ToString() =>
        PrivateCreator is null ? $"{Tag} {Keyword}" : $"{Tag} {Keyword} [{PrivateCreator}]";
}
