using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>
/// A data set or a sequence item: elements in the order they were read (file order; ascending tag
/// order for valid data), with lookup by tag and the character set its text values decode with.
/// Immutable and safe to share between threads; build new ones with <see cref="DicomDatasetBuilder"/>.
/// </summary>
public sealed partial class DicomDataset : IReadOnlyList<DicomElement>
{
    private readonly DicomElement[] _elements;
    private readonly bool _isSorted;

    internal DicomDataset(DicomElement[] elements, DicomCharacterSet characterSet, long offset = -1, long length = -1, bool hasUndefinedLength = false)
    {
        _elements = elements;
        CharacterSet = characterSet;
        Offset = offset;
        Length = length;
        HasUndefinedLength = hasUndefinedLength;
        _isSorted = IsAscending(elements);
    }

    /// <summary>A data set without elements.</summary>
    public static DicomDataset Empty { get; } = new([], DicomCharacterSet.Default);

    /// <summary>Number of elements (nested items not counted).</summary>
    public int Count => _elements.Length;

    /// <summary>The element at a position in file order.</summary>
    /// <param name="index">Zero-based position.</param>
    public DicomElement this[int index] => _elements[index];

    /// <summary>
    /// The character set text values decode with: this data set's Specific Character Set (0008,0005),
    /// or for an item without one, the set of the data set that contains it.
    /// </summary>
    public DicomCharacterSet CharacterSet { get; }

    /// <summary>For an item, the byte offset of its item tag (FFFE,E000) in the source; -1 otherwise.</summary>
    public long Offset { get; }

    /// <summary>For an item, its length in bytes as declared (or measured when undefined); -1 otherwise.</summary>
    public long Length { get; }

    /// <summary>For an item, true when it was encoded with undefined length (ended by a delimiter).</summary>
    public bool HasUndefinedLength { get; }

    /// <summary>True when the elements are in ascending tag order (as the standard requires).</summary>
    public bool IsInTagOrder => _isSorted;

    /// <summary>Finds an element by tag.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The element, or null when absent (the first one, if a damaged file repeats a tag).</returns>
    public DicomElement? Find(DicomTag tag)
    {
        var index = IndexOf(tag);
        return index >= 0 ? _elements[index] : null;
    }

    /// <summary>Finds an element by tag.</summary>
    /// <param name="tag">The tag.</param>
    /// <param name="element">The element, when present; null otherwise.</param>
    public bool TryFind(DicomTag tag, [MaybeNullWhen(false)] out DicomElement element)
    {
        var index = IndexOf(tag);
        element = index >= 0 ? _elements[index] : null;
        return index >= 0;
    }

    /// <summary>True when an element with this tag is present.</summary>
    /// <param name="tag">The tag.</param>
    public bool Contains(DicomTag tag) => IndexOf(tag) >= 0;

    /// <summary>
    /// The private creator of a private data element (gggg,xxee): the value of (gggg,00xx) in this
    /// data set, trimmed; null for other tags or when the creator element is missing.
    /// </summary>
    /// <param name="tag">A private data element's tag.</param>
    public string? GetPrivateCreator(DicomTag tag)
    {
        if (!tag.IsPrivate || tag.Element < 0x1000)
        {
            return null;
        }

        // Read as text whatever the VR: some writers store creators as UN.
        var creator = Find(new DicomTag(tag.Group, (ushort)(tag.Element >> 8)));
        return creator is null || creator.IsSequence || creator.IsEncapsulated
            ? null
            : CharacterSet.Decode(creator.RawValue.Span, false).Trim(' ', '\0');
    }

    /// <summary>
    /// What the dictionary says about an element of this data set, resolving private data elements
    /// through their private creator.
    /// </summary>
    /// <param name="tag">The tag.</param>
    /// <param name="dictionary">The dictionary; <see cref="DicomDictionary.Default"/> when null.</param>
    /// <returns>The entry, or null when unknown.</returns>
    public DicomDictionaryEntry? GetDictionaryEntry(DicomTag tag, DicomDictionary? dictionary = null) =>
        (dictionary ?? DicomDictionary.Default).Find(tag, GetPrivateCreator(tag));

    /// <summary>Enumerates the elements in file order without allocating.</summary>
    public Enumerator GetEnumerator() => new(_elements);

    IEnumerator<DicomElement> IEnumerable<DicomElement>.GetEnumerator() => ((IEnumerable<DicomElement>)_elements).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _elements.GetEnumerator();

    internal DicomElement[] Elements => _elements;

    private int IndexOf(DicomTag tag)
    {
        var elements = _elements;
        if (_isSorted)
        {
            int low = 0, high = elements.Length - 1;
            var key = tag.Value;
            while (low <= high)
            {
                var mid = (low + high) >>> 1;
                var value = elements[mid].Tag.Value;
                if (value == key)
                {
                    return mid;
                }

                if (value < key)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return -1;
        }

        for (var i = 0; i < elements.Length; i++)
        {
            if (elements[i].Tag == tag)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAscending(DicomElement[] elements)
    {
        for (var i = 1; i < elements.Length; i++)
        {
            if (elements[i - 1].Tag.Value >= elements[i].Tag.Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Enumerates the elements of a data set in file order.</summary>
    public struct Enumerator : IEnumerator<DicomElement>
    {
        private readonly DicomElement[] _elements;
        private int _index;

        internal Enumerator(DicomElement[] elements)
        {
            _elements = elements;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly DicomElement Current => _elements[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _elements.Length;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
