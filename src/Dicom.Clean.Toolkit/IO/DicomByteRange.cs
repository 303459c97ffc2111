namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// A range of a <see cref="DicomByteSource"/>: where a value, a fragment or a frame lies, with 64-bit
/// offset and length. Nothing is read until asked for.
/// </summary>
public readonly struct DicomByteRange : IEquatable<DicomByteRange>
{
    /// <summary>Creates a range; it must lie inside the source.</summary>
    /// <param name="source">The source.</param>
    /// <param name="offset">Start, from the start of the source.</param>
    /// <param name="length">Length in bytes.</param>
    /// <exception cref="DicomException">The range does not lie inside the source.</exception>
    public DicomByteRange(DicomByteSource source, long offset, long length)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (offset < 0 || length < 0 || offset > source.Length - length)
        {
            throw new DicomException($"Range of {length} bytes runs past the end of the source ({source.Length} bytes)", offset);
        }

        Source = source;
        Offset = offset;
        Length = length;
    }

    /// <summary>The source the range belongs to (null only for <c>default(DicomByteRange)</c>, an empty range).</summary>
    public DicomByteSource Source { get; }

    /// <summary>Start of the range in the source.</summary>
    public long Offset { get; }

    /// <summary>Length of the range in bytes.</summary>
    public long Length { get; }

    /// <summary>True for an empty range (or the default value).</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>A sub-range.</summary>
    /// <param name="start">Start, relative to this range.</param>
    /// <param name="length">Length.</param>
    /// <exception cref="DicomException">The sub-range does not lie inside this range.</exception>
    public DicomByteRange Slice(long start, long length)
    {
        if (start < 0 || length < 0 || start > Length - length)
        {
            throw new DicomException($"Sub-range {start}+{length} lies outside a range of {Length} bytes", Offset + Math.Max(0, start));
        }

        return new DicomByteRange(Source, Offset + start, length);
    }

    /// <summary>The bytes without copying, when the source is in memory.</summary>
    /// <param name="memory">The bytes.</param>
    /// <returns>False for file and stream sources, or ranges over 2 GB.</returns>
    public bool TryGetMemory(out ReadOnlyMemory<byte> memory)
    {
        if (Source is null || Length > int.MaxValue)
        {
            memory = default;
            return Source is null;
        }

        return Source.TryGetMemory(Offset, (int)Length, out memory);
    }

    /// <summary>The bytes: a slice for in-memory sources, a new array read from the source otherwise.</summary>
    /// <exception cref="DicomException">The range is over 2 GB (read it with <see cref="CopyTo"/> in parts), or reading failed.</exception>
    public ReadOnlyMemory<byte> GetMemory()
    {
        if (Source is null)
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (Length > int.MaxValue)
        {
            throw new DicomException($"A range of {Length} bytes does not fit in one memory block; read it in parts", Offset);
        }

        return Source.GetMemory(Offset, (int)Length);
    }

    /// <summary>Copies the whole range into <paramref name="destination"/>.</summary>
    /// <param name="destination">At least <see cref="Length"/> bytes.</param>
    /// <exception cref="ArgumentException">The destination is too small.</exception>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} bytes; {Length} are needed.", nameof(destination));
        }

        Source?.Read(Offset, destination[..(int)Length]);
    }

    /// <inheritdoc />
    public bool Equals(DicomByteRange other) =>
        ReferenceEquals(Source, other.Source) && Offset == other.Offset && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DicomByteRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Offset, Length);

    /// <summary>Compares two ranges.</summary>
    public static bool operator ==(DicomByteRange left, DicomByteRange right) => left.Equals(right);

    /// <summary>Compares two ranges.</summary>
    public static bool operator !=(DicomByteRange left, DicomByteRange right) => !left.Equals(right);
}
