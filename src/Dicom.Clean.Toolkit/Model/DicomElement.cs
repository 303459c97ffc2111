using Dicom.Clean.Toolkit.IO;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>
/// One data element: tag, VR and value. The value is kept as the encoded bytes (a slice of the
/// source, not a copy) and decoded on demand by the getters in <c>Dicom.Clean.Toolkit.Values</c>;
/// a sequence holds its items, encapsulated pixel data its fragments. Immutable.
/// </summary>
public sealed partial class DicomElement
{
    private readonly ReadOnlyMemory<byte> _value;
    private readonly object? _payload;
    private readonly ElementFlags _flags;
    private readonly byte _headerLength;

    internal DicomElement(DicomTag tag, DicomVR vr, ElementFlags flags, long offset, int headerLength, long length, ReadOnlyMemory<byte> value, object? payload)
    {
        Tag = tag;
        VR = vr;
        _flags = flags;
        Offset = offset;
        _headerLength = (byte)headerLength;
        Length = length;
        _value = value;
        _payload = payload;
    }

    /// <summary>The tag.</summary>
    public DicomTag Tag { get; }

    /// <summary>The VR: as read (explicit VR), from the dictionary (implicit VR), or UN when unknown.</summary>
    public DicomVR VR { get; }

    /// <summary>Byte offset of the element's tag in the source; -1 for elements built in code.</summary>
    public long Offset { get; }

    /// <summary>Byte offset of the value in the source; -1 for elements built in code.</summary>
    public long ValueOffset => Offset < 0 ? -1 : Offset + _headerLength;

    /// <summary>
    /// Length of the value in bytes: as declared, or for undefined length (sequences, encapsulated
    /// pixel data) the bytes up to and including the sequence delimiter. For a truncated value, the
    /// bytes actually present.
    /// </summary>
    public long Length { get; }

    /// <summary>True when the element was encoded with undefined length.</summary>
    public bool HasUndefinedLength => (_flags & ElementFlags.UndefinedLength) != 0;

    /// <summary>True when binary values are big endian (they are kept as encoded; getters swap).</summary>
    public bool IsBigEndian => (_flags & ElementFlags.BigEndian) != 0;

    /// <summary>True when the value was left in the source and is read on demand (large values from files).</summary>
    public bool IsDeferred => (_flags & ElementFlags.Deferred) != 0;

    /// <summary>True when the VR was not in the data: implicit VR, or an explicit VR the reader corrected.</summary>
    public bool IsVRFromDictionary => (_flags & ElementFlags.VRFromDictionary) != 0;

    /// <summary>True when the data ended before the declared length (a warning was reported).</summary>
    public bool IsTruncated => (_flags & ElementFlags.Truncated) != 0;

    /// <summary>True for a sequence (SQ, or UN of undefined length read as a sequence).</summary>
    public bool IsSequence => _payload is DicomDataset[];

    /// <summary>True for encapsulated pixel data (fragments in items).</summary>
    public bool IsEncapsulated => _payload is DicomFragmentSequence;

    /// <summary>The items of a sequence; empty for other elements.</summary>
    public IReadOnlyList<DicomDataset> Items => _payload as DicomDataset[] ?? [];

    /// <summary>The fragments of encapsulated pixel data; null for other elements.</summary>
    public DicomFragmentSequence? Fragments => _payload as DicomFragmentSequence;

    /// <summary>
    /// The encoded value bytes, without the header. In memory for most elements (a slice of the
    /// source); for a deferred value this reads it from the source on every call, so prefer
    /// <see cref="GetValueRange"/> for large values. Empty for sequences and encapsulated data.
    /// </summary>
    /// <exception cref="DicomException">A deferred value cannot be read, or is over 2 GB.</exception>
    public ReadOnlyMemory<byte> RawValue =>
        IsDeferred ? new DicomByteRange((DicomByteSource)_payload!, ValueOffset, Length).GetMemory() : _value;

    /// <summary>True when the value has no bytes (and, for a sequence, no items).</summary>
    public bool IsEmpty => _payload switch
    {
        DicomDataset[] items => items.Length == 0,
        DicomFragmentSequence fragments => fragments.Fragments.Count == 0 && fragments.BasicOffsetTable.Length == 0,
        DicomByteSource => Length == 0,
        _ => _value.IsEmpty,
    };

    /// <summary>
    /// Where the value lies in the source it was read from (64-bit offset, nothing read): the file,
    /// the caller's memory, or the inflated data of a deflated file. For an element built in code,
    /// a range over its own bytes.
    /// </summary>
    public DicomByteRange GetValueRange() =>
        _payload is DicomByteSource source
            ? new DicomByteRange(source, ValueOffset, Length)
            : new DicomByteRange(DicomByteSource.FromMemory(_value), 0, _value.Length);

    internal ReadOnlyMemory<byte> InMemoryValue => _value;

    internal ElementFlags Flags => _flags;

    internal int HeaderLength => _headerLength;

    /// <summary>Tag, VR and length, for debugging (never the value: it may be patient data).</summary>
    public override string ToString() => $"{Tag} {VR} {(HasUndefinedLength ? "undefined length" : Length + " bytes")}";
}
