namespace Dicom.Clean.Domain.Tags;

/// <summary>
/// A data element definition as met in stored files (the seed's <c>tag</c> table): tag, VR and
/// keyword. One row per distinct triple, shared by every instance that holds such an element.
/// </summary>
public sealed class TagDefinition
{
    /// <summary>Creates a definition not yet stored.</summary>
    /// <param name="tag">The tag as one number, group in the high half (<c>0x00100010</c>).</param>
    /// <param name="vr">The two-letter value representation as read from the file.</param>
    /// <param name="keyword">The dictionary keyword, or empty for an unknown private element.</param>
    public TagDefinition(uint tag, string vr, string keyword)
    {
        ArgumentException.ThrowIfNullOrEmpty(vr);
        ArgumentNullException.ThrowIfNull(keyword);
        Tag = tag;
        Vr = vr;
        Keyword = keyword;
    }

    /// <summary>Database id; 0 until stored. The seed's tags answer shows it as <c>ID</c>.</summary>
    public int Id { get; private set; }

    /// <summary>The tag as one number, group in the high half.</summary>
    public uint Tag { get; private set; }

    /// <summary>Value representation, e.g. <c>PN</c>.</summary>
    public string Vr { get; private set; }

    /// <summary>Dictionary keyword, e.g. <c>PatientName</c>; empty when unknown.</summary>
    public string Keyword { get; private set; }

    /// <summary>The tag as DCMTK prints it: <c>(0010,0010)</c>.</summary>
    public string TagText => FormatTag(Tag);

    /// <summary>Formats a tag number as <c>(gggg,eeee)</c>, upper-case hexadecimal.</summary>
    public static string FormatTag(uint tag) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({tag >> 16:X4},{tag & 0xFFFF:X4})");
}
