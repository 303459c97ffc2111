using System.Collections.Frozen;

namespace Dicom.Clean.Toolkit.Dictionary;

/// <summary>
/// The data dictionary: standard attributes (PS3.6, from the generated table), repeating groups,
/// group lengths, private creator elements and the private attributes of known creators. Immutable
/// and thread-safe; <see cref="Default"/> is built once, on first use, with frozen lookups.
/// </summary>
public sealed class DicomDictionary
{
    private readonly FrozenDictionary<uint, DicomDictionaryEntry> _byTag;
    private readonly FrozenDictionary<string, DicomDictionaryEntry> _byKeyword;
    private readonly DicomDictionaryEntry[] _ranges;
    private readonly FrozenDictionary<PrivateKey, DicomDictionaryEntry> _private;
    private readonly DicomDictionaryEntry[] _privateRanges;

    private DicomDictionary(
        FrozenDictionary<uint, DicomDictionaryEntry> byTag,
        FrozenDictionary<string, DicomDictionaryEntry> byKeyword,
        DicomDictionaryEntry[] ranges,
        FrozenDictionary<PrivateKey, DicomDictionaryEntry> privateEntries,
        DicomDictionaryEntry[] privateRanges)
    {
        _byTag = byTag;
        _byKeyword = byKeyword;
        _ranges = ranges;
        _private = privateEntries;
        _privateRanges = privateRanges;
    }

    /// <summary>The dictionary generated from PS3.6 (DCMTK 3.6.7's tables, standard 2022b).</summary>
    public static DicomDictionary Default => Holder.Instance;

    /// <summary>Number of standard entries (single tags and ranges).</summary>
    public int StandardEntryCount => _byTag.Count + _ranges.Length;

    /// <summary>Number of private entries (known private creators).</summary>
    public int PrivateEntryCount => _private.Count + _privateRanges.Length;

    /// <summary>
    /// Finds a standard attribute, a repeating-group attribute (<c>(6002,3000)</c>), a group length
    /// or a private creator element. Private data elements need their creator: see
    /// <see cref="Find(DicomTag, string?)"/>.
    /// </summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The entry, or null when the dictionary does not know the tag.</returns>
    public DicomDictionaryEntry? Find(DicomTag tag)
    {
        if (_byTag.TryGetValue(tag.Value, out var entry))
        {
            return entry;
        }

        foreach (var range in _ranges)
        {
            if (range.Matches(tag))
            {
                return range;
            }
        }

        return null;
    }

    /// <summary>Finds an attribute, resolving a private data element through its private creator.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="privateCreator">
    /// For a private data element (gggg,xxee), the value of its creator element (gggg,00xx), trimmed.
    /// </param>
    /// <returns>The entry, or null when unknown (an unknown private element).</returns>
    public DicomDictionaryEntry? Find(DicomTag tag, string? privateCreator)
    {
        if (privateCreator is null || !tag.IsPrivate || tag.Element < 0x1000)
        {
            return Find(tag);
        }

        var offset = (ushort)(tag.Element & 0xFF);
        if (_private.TryGetValue(new PrivateKey(privateCreator, tag.Group, offset), out var entry)
            || _private.TryGetValue(new PrivateKey(privateCreator, tag.Group, tag.Element), out entry))
        {
            return entry;
        }

        foreach (var range in _privateRanges)
        {
            if (string.Equals(range.PrivateCreator, privateCreator, StringComparison.Ordinal)
                && (range.Range.Contains(tag.Group, offset) || range.Range.Contains(tag.Group, tag.Element)))
            {
                return range;
            }
        }

        return null;
    }

    /// <summary>Finds a standard attribute by keyword (<c>PatientName</c>; retired ones without prefix).</summary>
    /// <param name="keyword">The keyword, case-sensitive.</param>
    /// <returns>The entry, or null.</returns>
    public DicomDictionaryEntry? FindByKeyword(string keyword) =>
        _byKeyword.TryGetValue(keyword, out var entry) ? entry : null;

    /// <summary>Every standard entry, single tags in tag order, then ranges.</summary>
    public IEnumerable<DicomDictionaryEntry> StandardEntries =>
        _byTag.Values.OrderBy(e => e.Tag).Concat(_ranges);

    private static DicomDictionary Load()
    {
        var byTag = new Dictionary<uint, DicomDictionaryEntry>(5000);
        var byKeyword = new Dictionary<string, DicomDictionaryEntry>(5000, StringComparer.Ordinal);
        var ranges = new List<DicomDictionaryEntry>();
        foreach (var entry in DictionaryTableParser.ParseStandard(DicomDictionaryData.Standard))
        {
            if (entry.IsRange)
            {
                ranges.Add(entry);
            }
            else
            {
                byTag[entry.Tag.Value] = entry;
            }

            // DCMTK's pseudo-entries (PrivateCreator, GenericGroupLength...) have no single tag to name.
            if (!entry.IsRange || entry.Range.GroupParity == 'e' || entry.Range.GroupLow == entry.Range.GroupHigh)
            {
                byKeyword.TryAdd(entry.Keyword, entry);
            }
        }

        var privateEntries = new Dictionary<PrivateKey, DicomDictionaryEntry>(3000);
        var privateRanges = new List<DicomDictionaryEntry>();
        foreach (var entry in DictionaryTableParser.ParsePrivate(DicomPrivateDictionaryData.Private))
        {
            if (entry.Range.GroupLow != entry.Range.GroupHigh || entry.Range.ElementLow != entry.Range.ElementHigh)
            {
                privateRanges.Add(entry);
            }
            else
            {
                // Later lines override earlier ones, as in DCMTK.
                privateEntries[new PrivateKey(entry.PrivateCreator!, entry.Tag.Group, entry.Tag.Element)] = entry;
            }
        }

        // Most specific range first: (0009-o-FFFF,0000) must not hide (0000-u-FFFF,0000)'s odd cases wrongly.
        ranges.Sort((a, b) => a.Range.Size.CompareTo(b.Range.Size));
        return new DicomDictionary(
            byTag.ToFrozenDictionary(),
            byKeyword.ToFrozenDictionary(StringComparer.Ordinal),
            [.. ranges],
            privateEntries.ToFrozenDictionary(),
            [.. privateRanges]);
    }

    private readonly record struct PrivateKey(string Creator, ushort Group, ushort Element);

    private static class Holder
    {
        internal static readonly DicomDictionary Instance = Load();
    }
}
