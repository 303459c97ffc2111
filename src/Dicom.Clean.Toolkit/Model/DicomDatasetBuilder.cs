using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Text;
using Dicom.Clean.Toolkit.Values;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>
/// Builds a <see cref="DicomDataset"/> in code, or edits a copy of one. Strict: values are checked
/// against their VR and the dictionary (VR allowed, multiplicity, lengths, characters) and a bad value
/// throws <see cref="DicomException"/>. Elements are kept in tag order; adding a tag again replaces it.
/// Text is encoded with the Specific Character Set (0008,0005) given to the builder, at <see cref="Build"/>;
/// items added as builders (<see cref="AddSequence(DicomTag, IEnumerable{DicomDatasetBuilder})"/>) inherit it.
/// When the builder changes the character set of a data set it copied, the copied text is re-encoded.
/// Not thread-safe; the data sets it builds are.
/// </summary>
public sealed class DicomDatasetBuilder
{
    private static readonly DicomTag SpecificCharacterSet = new(0x0008, 0x0005);

    private readonly SortedDictionary<uint, object> _entries = [];

    // The data set the builder started from: its elements are encoded in its character set.
    private readonly DicomDataset? _source;

    /// <summary>Starts an empty data set.</summary>
    public DicomDatasetBuilder()
    {
    }

    /// <summary>Starts from a copy of <paramref name="source"/>'s elements (values are shared, not copied).</summary>
    /// <param name="source">The data set to copy.</param>
    public DicomDatasetBuilder(DicomDataset source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        foreach (var element in source)
        {
            _entries[element.Tag.Value] = element;
        }
    }

    /// <summary>Adds text values with the VR the dictionary gives the tag.</summary>
    /// <param name="tag">A standard tag with a single VR.</param>
    /// <param name="values">The values (several for a multi-valued attribute).</param>
    /// <exception cref="DicomException">The tag has no single dictionary VR, or a value is invalid.</exception>
    public DicomDatasetBuilder Add(DicomTag tag, params string[] values) => Add(tag, DictionaryVR(tag), values);

    /// <summary>Adds text values (string VRs), or numbers written as text for IS and DS.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="vr">A string VR.</param>
    /// <param name="values">The values.</param>
    /// <exception cref="DicomException">The VR is not a string VR or not allowed for the tag, or a value is invalid.</exception>
    public DicomDatasetBuilder Add(DicomTag tag, DicomVR vr, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckVR(tag, vr);
        if (!vr.IsString)
        {
            throw new DicomException($"Text values need a string VR, not {vr.Code}", tag: tag);
        }

        if (!vr.AllowsMultipleValues && values.Length > 1)
        {
            throw new DicomException($"{vr.Code} holds a single value", tag: tag);
        }

        foreach (var value in values)
        {
            if (DicomValueValidator.Check(vr, value) is { } problem)
            {
                throw new DicomException($"Value '{Shorten(value)}' {problem}", tag: tag);
            }
        }

        CheckMultiplicity(tag, values.Length);
        _entries[tag.Value] = new PendingText(tag, vr, values);
        return this;
    }

    /// <summary>
    /// Adds binary numbers (a <c>byte[]</c> is taken as an encoded value of any VR): <c>ushort</c> for US and OW, <c>short</c> for SS, <c>uint</c> for UL and
    /// OL, <c>int</c> for SL, <c>float</c> for FL and OF, <c>double</c> for FD and OD, <c>long</c> for SV,
    /// <c>ulong</c> for UV and OV.
    /// </summary>
    /// <typeparam name="T">The number type matching the VR.</typeparam>
    /// <param name="tag">The tag.</param>
    /// <param name="vr">A binary number VR.</param>
    /// <param name="values">The values.</param>
    /// <exception cref="DicomException">The number type does not match the VR, or the VR is not allowed for the tag.</exception>
    public DicomDatasetBuilder Add<T>(DicomTag tag, DicomVR vr, params T[] values)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values is byte[] encoded)
        {
            // Bytes are an encoded value whatever the VR (a byte[] argument binds here, not to the memory overload).
            return Add(tag, vr, (ReadOnlyMemory<byte>)encoded);
        }

        CheckVR(tag, vr);
        if (!Matches<T>(vr))
        {
            throw new DicomException($"{typeof(T).Name} values do not encode {vr.Code}", tag: tag);
        }

        if (vr.Category == DicomVRCategory.BinaryNumber)
        {
            CheckMultiplicity(tag, values.Length);
        }

        var bytes = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        if (!BitConverter.IsLittleEndian)
        {
            ReverseUnits(bytes, vr.UnitSize);
        }

        return Add(tag, vr, (ReadOnlyMemory<byte>)bytes);
    }

    /// <summary>Adds attribute tag (AT) values.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="values">The tags to store.</param>
    public DicomDatasetBuilder Add(DicomTag tag, params DicomTag[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckVR(tag, DicomVR.AT);
        CheckMultiplicity(tag, values.Length);
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4), values[i].Group);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan((i * 4) + 2), values[i].Element);
        }

        return Add(tag, DicomVR.AT, (ReadOnlyMemory<byte>)bytes);
    }

    /// <summary>Adds a value given as its encoded bytes, little endian (any VR but SQ).</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="vr">The VR.</param>
    /// <param name="bytes">The encoded value, without padding; it is not copied.</param>
    /// <exception cref="DicomException">The VR is not allowed for the tag, or the length is not a multiple of the VR's unit size.</exception>
    public DicomDatasetBuilder Add(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> bytes)
    {
        CheckVR(tag, vr);
        if (vr == DicomVR.SQ || vr == DicomVR.None)
        {
            throw new DicomException($"Use AddSequence for sequences; {vr.Code} has no byte value", tag: tag);
        }

        if (vr.UnitSize > 1 && bytes.Length % vr.UnitSize != 0)
        {
            throw new DicomException($"A {vr.Code} value must be a multiple of {vr.UnitSize} bytes, not {bytes.Length}", tag: tag);
        }

        _entries[tag.Value] = DicomElement.Create(tag, vr, bytes);
        return this;
    }

    /// <summary>Adds a sequence with these items (an empty sequence when none).</summary>
    /// <param name="tag">The sequence tag.</param>
    /// <param name="items">
    /// The items, already built: their text is encoded as it is, so an item holding text outside ASCII
    /// in a data set with a Specific Character Set must declare it too, or be added as a builder.
    /// </param>
    public DicomDatasetBuilder AddSequence(DicomTag tag, params DicomDataset[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        CheckVR(tag, DicomVR.SQ);
        _entries[tag.Value] = new PendingSequence(tag, [.. items]);
        return this;
    }

    /// <summary>
    /// Adds a sequence whose items are built with this data set: an item without its own Specific
    /// Character Set encodes its text with this data set's, as a reader will decode it (PS3.5 7.5.1).
    /// </summary>
    /// <param name="tag">The sequence tag.</param>
    /// <param name="items">The item builders; they are built when this builder is.</param>
    public DicomDatasetBuilder AddSequence(DicomTag tag, IEnumerable<DicomDatasetBuilder> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        CheckVR(tag, DicomVR.SQ);
        _entries[tag.Value] = new PendingSequence(tag, [.. items]);
        return this;
    }

    /// <summary>Adds encapsulated pixel data: a Basic Offset Table (possibly empty) and the fragments.</summary>
    /// <param name="basicOffsetTable">The table's bytes (little-endian 32-bit offsets), or empty.</param>
    /// <param name="fragments">The fragments, in order.</param>
    /// <exception cref="DicomException">The table's length is not a multiple of 4, or a fragment has odd length.</exception>
    public DicomDatasetBuilder AddEncapsulatedPixelData(ReadOnlyMemory<byte> basicOffsetTable, params ReadOnlyMemory<byte>[] fragments)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        var tag = new DicomTag(0x7FE0, 0x0010);
        if (basicOffsetTable.Length % 4 != 0 || fragments.Any(f => f.Length % 2 != 0))
        {
            throw new DicomException("The Basic Offset Table must be a multiple of 4 bytes and fragments of even length", tag: tag);
        }

        var source = DicomByteSource.FromMemory(basicOffsetTable);
        var table = new DicomFragment(-1, new DicomByteRange(source, 0, basicOffsetTable.Length));
        var items = fragments.Select(f => new DicomFragment(-1, new DicomByteRange(DicomByteSource.FromMemory(f), 0, f.Length))).ToArray();
        var sequence = new DicomFragmentSequence(source, table, items);
        var length = 8 + basicOffsetTable.Length + items.Sum(f => 8 + f.Length) + 8;
        _entries[tag.Value] = DicomElement.Create(tag, DicomVR.OB, length, sequence);
        return this;
    }

    /// <summary>Adds an element as it is (for instance one read from another data set).</summary>
    /// <param name="element">The element.</param>
    public DicomDatasetBuilder Add(DicomElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        _entries[element.Tag.Value] = element;
        return this;
    }

    /// <summary>Removes an element, if present.</summary>
    /// <param name="tag">The tag.</param>
    public DicomDatasetBuilder Remove(DicomTag tag)
    {
        _entries.Remove(tag.Value);
        return this;
    }

    /// <summary>True when the builder holds an element with this tag.</summary>
    /// <param name="tag">The tag.</param>
    public bool Contains(DicomTag tag) => _entries.ContainsKey(tag.Value);

    /// <summary>
    /// Encodes the pending values and returns the data set, elements in tag order. Without a Specific
    /// Character Set of its own, the data set has the default repertoire, or when the builder copied a
    /// sequence item that inherits its set, that inherited set.
    /// </summary>
    /// <exception cref="DicomException">
    /// A text value (or a copied one being re-encoded) holds a character the Specific Character Set cannot
    /// express; the exception names the element's tag.
    /// </exception>
    public DicomDataset Build() =>
        BuildWithin(_source is { } source && !source.Contains(SpecificCharacterSet) ? source.CharacterSet : DicomCharacterSet.Default);

    /// <summary>Builds with <paramref name="inherited"/> as the character set when the data set declares none (an item).</summary>
    internal DicomDataset BuildWithin(DicomCharacterSet inherited)
    {
        var characterSet = inherited;
        if (_entries.TryGetValue(SpecificCharacterSet.Value, out var charsetEntry))
        {
            var terms = charsetEntry is PendingText text ? text.Values : ((DicomElement)charsetEntry).GetStrings();
            characterSet = DicomCharacterSet.FromTerms(terms);
        }

        // Text copied from the source is encoded in the source's set: re-encode it when the set changed.
        var copiedSet = _source is not null && !_source.CharacterSet.HasSameTerms(characterSet) ? _source.CharacterSet : null;
        var elements = new DicomElement[_entries.Count];
        var index = 0;
        foreach (var entry in _entries.Values)
        {
            elements[index++] = entry switch
            {
                PendingText text => DatasetTextEncoder.Encode(text.Tag, text.VR, text.Values, characterSet),
                PendingSequence sequence => DicomElement.Create(sequence.Tag, DicomVR.SQ, 0, BuildItems(sequence.Items, characterSet)),
                DicomElement copied when copiedSet is not null && ReferenceEquals(_source!.Find(copied.Tag), copied)
                    => DatasetTextEncoder.Transcode(copied, copiedSet, characterSet),
                _ => (DicomElement)entry,
            };
        }

        return new DicomDataset(elements, characterSet);
    }

    private static DicomDataset[] BuildItems(object[] items, DicomCharacterSet characterSet) =>
        Array.ConvertAll(items, item => item as DicomDataset ?? ((DicomDatasetBuilder)item).BuildWithin(characterSet));

    private static DicomVR DictionaryVR(DicomTag tag)
    {
        var entry = DicomDictionary.Default.Find(tag);
        if (entry is null || entry.ValueRepresentations.Count != 1)
        {
            throw new DicomException("The dictionary gives this tag no single VR: pass the VR", tag: tag);
        }

        return entry.ValueRepresentation;
    }

    private static void CheckVR(DicomTag tag, DicomVR vr)
    {
        if (tag.Group == 0xFFFE)
        {
            throw new DicomException("Items and delimiters are not elements", tag: tag);
        }

        if (tag.IsPrivate || (tag.Group & 1) == 1)
        {
            return;
        }

        var entry = DicomDictionary.Default.Find(tag);
        if (entry is not null && entry.ValueRepresentations.Count > 0 && !entry.Allows(vr))
        {
            throw new DicomException($"VR {vr.Code} is not allowed for {entry.Keyword} ({string.Join(" or ", entry.ValueRepresentations)})", tag: tag);
        }
    }

    private static void CheckMultiplicity(DicomTag tag, int count)
    {
        if (count == 0 || tag.IsPrivate)
        {
            return;
        }

        var entry = DicomDictionary.Default.Find(tag);
        if (entry is not null && !entry.Multiplicity.Allows(count))
        {
            throw new DicomException($"{entry.Keyword} takes {entry.Multiplicity} values, not {count}", tag: tag);
        }
    }

    private static bool Matches<T>(DicomVR vr) =>
        (typeof(T) == typeof(ushort) && (vr == DicomVR.US || vr == DicomVR.OW))
        || (typeof(T) == typeof(short) && vr == DicomVR.SS)
        || (typeof(T) == typeof(uint) && (vr == DicomVR.UL || vr == DicomVR.OL))
        || (typeof(T) == typeof(int) && vr == DicomVR.SL)
        || (typeof(T) == typeof(float) && (vr == DicomVR.FL || vr == DicomVR.OF))
        || (typeof(T) == typeof(double) && (vr == DicomVR.FD || vr == DicomVR.OD))
        || (typeof(T) == typeof(long) && vr == DicomVR.SV)
        || (typeof(T) == typeof(ulong) && (vr == DicomVR.UV || vr == DicomVR.OV));

    private static void ReverseUnits(byte[] bytes, int unit)
    {
        for (var i = 0; unit > 1 && i + unit <= bytes.Length; i += unit)
        {
            bytes.AsSpan(i, unit).Reverse();
        }
    }

    private static string Shorten(string value) => value.Length > 32 ? value[..32] + "..." : value;

    private sealed record PendingText(DicomTag Tag, DicomVR VR, string[] Values);

    // Items are DicomDataset (built) or DicomDatasetBuilder (built with this data set's character set).
    private sealed record PendingSequence(DicomTag Tag, object[] Items);
}
