using Dicom.Clean.Toolkit.IO;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>
/// One data element: tag, VR and value. The value is kept as the encoded bytes (a slice of the
/// source, not a copy) and decoded on demand by the getters in <c>Dicom.Clean.Toolkit.Values</c>;
/// a sequence holds its items, encapsulated pixel data its fragments. Immutable.
/// </summary>
public sealed partial class DicomElement
{
    // 48 bytes an element: the value is not stored as its own slice but found in the payload, the
    // in-memory region of the source it lies in (the caller's memory, or a block read from a file).
    private readonly long _valueOffset;
    private readonly object? _payload;
    private readonly ElementFlags _flags;
    private readonly byte _headerLength;

    // Payload: the items (DicomDataset[]), the fragments, the in-memory region holding the value
    // (MemoryByteSource), or for a deferred value the source to read it from.
    internal DicomElement(DicomTag tag, DicomVR vr, ElementFlags flags, long offset, int headerLength, long length, object? payload)
    {
        Tag = tag;
        VR = vr;
        _flags = flags;
        _valueOffset = offset + headerLength;
        _headerLength = (byte)headerLength;
        Length = length;
        _payload = payload;
    }

    /// <summary>Creates an element built in code around an encoded value (not copied).</summary>
    internal static DicomElement Create(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> value) =>
        new(tag, vr, ElementFlags.Built, 0, 0, value.Length, new MemoryByteSource(value));

    /// <summary>Creates a sequence or encapsulated pixel data element built in code.</summary>
    internal static DicomElement Create(DicomTag tag, DicomVR vr, long length, object payload) =>
        new(tag, vr, ElementFlags.Built | ElementFlags.UndefinedLength, 0, 0, length, payload);

    /// <summary>The tag.</summary>
    public DicomTag Tag { get; }

    /// <summary>The VR: as read (explicit VR), from the dictionary (implicit VR), or UN when unknown.</summary>
    public DicomVR VR { get; }

    /// <summary>Byte offset of the element's tag in the source; -1 for elements built in code.</summary>
    public long Offset => IsBuilt ? -1 : _valueOffset - _headerLength;

    /// <summary>Byte offset of the value in the source; -1 for elements built in code.</summary>
    public long ValueOffset => IsBuilt ? -1 : _valueOffset;

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
    /// The encoded value bytes, without the header: a slice of the source in memory (nothing copied).
    /// For a deferred value this reads it from the source on every call, so prefer
    /// <see cref="GetValueRange"/> for large values. Empty for sequences and encapsulated data.
    /// </summary>
    /// <exception cref="DicomException">A deferred value cannot be read, or is over 2 GB.</exception>
    /// <exception cref="ObjectDisposedException">A deferred value read after its <see cref="DicomFile"/> was disposed.</exception>
    public ReadOnlyMemory<byte> RawValue => _payload switch
    {
        MemoryByteSource region => region.Memory.Slice((int)(_valueOffset - region.BaseOffset), (int)Length),
        DicomByteSource source when IsDeferred => new DicomByteRange(source, _valueOffset, Length).GetMemory(),
        _ => ReadOnlyMemory<byte>.Empty,
    };

    /// <summary>True when the value has no bytes (and, for a sequence, no items).</summary>
    public bool IsEmpty => _payload switch
    {
        DicomDataset[] items => items.Length == 0,
        DicomFragmentSequence fragments => fragments.Fragments.Count == 0 && fragments.BasicOffsetTable.Length == 0,
        _ => Length == 0,
    };

    /// <summary>
    /// Where the value lies in the source it was read from (64-bit offset, nothing read): the file,
    /// the caller's memory, or the inflated data of a deflated file. For an element built in code,
    /// a range over its own bytes.
    /// </summary>
    public DicomByteRange GetValueRange() => _payload switch
    {
        MemoryByteSource region when region.Origin is { } origin => new DicomByteRange(origin, _valueOffset, Length),
        MemoryByteSource region => new DicomByteRange(region, _valueOffset - region.BaseOffset, Length),
        DicomByteSource source => new DicomByteRange(source, _valueOffset, Length),
        _ => new DicomByteRange(DicomByteSource.FromMemory(ReadOnlyMemory<byte>.Empty), 0, 0),
    };

    internal ElementFlags Flags => _flags;

    internal int HeaderLength => _headerLength;

    private bool IsBuilt => (_flags & ElementFlags.Built) != 0;

    /// <summary>Tag, VR and length, for debugging (never the value: it may be patient data).</summary>
    public override string ToString() => $"{Tag} {VR} {(HasUndefinedLength ? "undefined length" : Length + " bytes")}";
}
