using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Model;

/// <summary>Mapping the fragments of encapsulated pixel data to frames.</summary>
public sealed partial class DicomPixelData
{
    /// <summary>
    /// The fragments holding frame <paramref name="frame"/> of encapsulated data, in order. Frames are
    /// located by the Extended Offset Table (7FE0,0001), else the Basic Offset Table, else one fragment
    /// per frame when the counts match, else the fragments that start a codestream (JPEG SOI, JPEG 2000
    /// SOC or JP2 signature).
    /// </summary>
    /// <param name="frame">Zero-based frame index.</param>
    /// <exception cref="DicomException">The data is native, or the fragments cannot be mapped to the frames.</exception>
    public IReadOnlyList<DicomFragment> GetFrameFragments(int frame)
    {
        CheckFrameIndex(frame);
        var fragments = Fragments ?? throw Error("Pixel data is native: use GetNativeFrame", frame);
        var starts = _frameStarts.Value;
        var first = starts[frame];
        var end = frame + 1 < starts.Length ? starts[frame + 1] : fragments.Fragments.Count;
        var result = new DicomFragment[end - first];
        for (var i = first; i < end; i++)
        {
            result[i - first] = fragments.Fragments[i];
        }

        return result;
    }

    /// <summary>For each frame, the index of its first fragment.</summary>
    private int[] MapFragmentsToFrames()
    {
        var fragments = Fragments!.Fragments;
        var frames = NumberOfFrames;
        if (fragments.Count == 0)
        {
            throw Error("Encapsulated pixel data holds no fragments", 0);
        }

        if (TryMapByOffsets(ReadExtendedOffsets(), out var starts) || TryMapByOffsets(Fragments.ReadBasicOffsets(), out starts))
        {
            return starts;
        }

        if (frames == 1)
        {
            return [0];
        }

        if (fragments.Count == frames)
        {
            return [.. Enumerable.Range(0, frames)];
        }

        var markers = new List<int>();
        Span<byte> head = stackalloc byte[4];
        for (var i = 0; i < fragments.Count && markers.Count <= frames; i++)
        {
            if (fragments[i].Length >= 4)
            {
                fragments[i].Range.Slice(0, 4).CopyTo(head);
                if (StartsCodestream(head))
                {
                    markers.Add(i);
                }
            }
        }

        if (markers.Count == frames && markers[0] == 0)
        {
            return [.. markers];
        }

        throw Error($"Cannot map {fragments.Count} fragments to {frames} frames: no offset table and no codestream boundaries that match", 0);
    }

    private bool TryMapByOffsets(long[] offsets, out int[] starts)
    {
        starts = [];
        if (offsets.Length < NumberOfFrames || NumberOfFrames == 0)
        {
            return false;
        }

        // Offsets count from the first byte of the first fragment's item tag.
        var fragments = Fragments!.Fragments;
        var origin = fragments[0].ItemOffset;
        var result = new int[NumberOfFrames];
        var index = 0;
        for (var frame = 0; frame < NumberOfFrames; frame++)
        {
            while (index < fragments.Count && fragments[index].ItemOffset - origin < offsets[frame])
            {
                index++;
            }

            if (index >= fragments.Count || fragments[index].ItemOffset - origin != offsets[frame])
            {
                return false;
            }

            result[frame] = index;
        }

        starts = result;
        return true;
    }

    private long[] ReadExtendedOffsets()
    {
        if (Dataset.Find(new DicomTag(0x7FE0, 0x0001)) is not { } table)
        {
            return [];
        }

        var bytes = table.RawValue.Span;
        var offsets = new long[bytes.Length / 8];
        for (var i = 0; i < offsets.Length; i++)
        {
            offsets[i] = (long)BinaryPrimitives.ReadUInt64LittleEndian(bytes[(i * 8)..]);
        }

        return offsets;
    }

    private static bool StartsCodestream(ReadOnlySpan<byte> head) =>
        (head[0] == 0xFF && head[1] == 0xD8)
        || (head[0] == 0xFF && head[1] == 0x4F && head[2] == 0xFF && head[3] == 0x51)
        || (head[0] == 0x00 && head[1] == 0x00 && head[2] == 0x00 && head[3] == 0x0C);
}
