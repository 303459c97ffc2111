namespace Dicom.Clean.Toolkit.Values;

/// <summary>
/// A person name (PN) value: up to three component groups (alphabetic, ideographic, phonetic)
/// separated by <c>=</c>, each with up to five components (family, given, middle, prefix, suffix)
/// separated by <c>^</c> (PS3.5 6.2.1).
/// </summary>
public sealed class DicomPersonName
{
    private static readonly string[] NoComponents = [];

    private DicomPersonName(string value, string[] groups)
    {
        Value = value;
        Alphabetic = groups.Length > 0 ? groups[0] : string.Empty;
        Ideographic = groups.Length > 1 ? groups[1] : string.Empty;
        Phonetic = groups.Length > 2 ? groups[2] : string.Empty;
    }

    /// <summary>The whole value, groups joined by <c>=</c>, as decoded.</summary>
    public string Value { get; }

    /// <summary>The alphabetic (single-byte) component group.</summary>
    public string Alphabetic { get; }

    /// <summary>The ideographic component group.</summary>
    public string Ideographic { get; }

    /// <summary>The phonetic component group.</summary>
    public string Phonetic { get; }

    /// <summary>Family name of the alphabetic group.</summary>
    public string FamilyName => Component(Alphabetic, 0);

    /// <summary>Given name of the alphabetic group.</summary>
    public string GivenName => Component(Alphabetic, 1);

    /// <summary>Middle name of the alphabetic group.</summary>
    public string MiddleName => Component(Alphabetic, 2);

    /// <summary>Name prefix of the alphabetic group.</summary>
    public string NamePrefix => Component(Alphabetic, 3);

    /// <summary>Name suffix of the alphabetic group.</summary>
    public string NameSuffix => Component(Alphabetic, 4);

    /// <summary>Parses one decoded PN value (not several separated by backslashes).</summary>
    /// <param name="value">The value, trailing padding already removed.</param>
    public static DicomPersonName Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new DicomPersonName(value, value.Length == 0 ? NoComponents : value.Split('=', 3));
    }

    /// <summary>The components of a group (family, given, middle, prefix, suffix), as many as present.</summary>
    /// <param name="group">A component group, e.g. <see cref="Ideographic"/>.</param>
    public static IReadOnlyList<string> SplitComponents(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Length == 0 ? NoComponents : group.Split('^', 5);
    }

    /// <summary>The whole value, groups joined by <c>=</c>.</summary>
    public override string ToString() => Value;

    private static string Component(string group, int index)
    {
        var components = SplitComponents(group);
        return index < components.Count ? components[index] : string.Empty;
    }
}
