using System.Buffers;
using System.Buffers.Binary;
using System.Text.Json;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// Streams one binary Value Field as base64 in chunks (PS3.18 F.2.7): a value's bytes, little endian
/// (big-endian words are swapped per PS3.5 as the JSON model has no byte order of its own), or for
/// encapsulated pixel data the items and delimiter as they are encoded. Values left in a file are read
/// chunk by chunk, never whole.
/// </summary>
internal sealed class DicomJsonBinaryCursor
{
    // A multiple of 3 (no base64 padding between chunks) and of 8 (no swapped unit split across chunks).
    private const int ChunkSize = 48 * 1024;

    private readonly Piece[] _pieces;
    private readonly int _swapUnit;
    private int _piece;
    private long _offset;

    private DicomJsonBinaryCursor(Piece[] pieces, int swapUnit)
    {
        _pieces = pieces;
        _swapUnit = swapUnit;
    }

    public static DicomJsonBinaryCursor For(DicomElement element)
    {
        if (element.Fragments is { } fragments)
        {
            var pieces = new List<Piece>((fragments.Fragments.Count * 2) + 3);
            AddItem(pieces, fragments.BasicOffsetTable.Range);
            foreach (var fragment in fragments.Fragments)
            {
                AddItem(pieces, fragment.Range);
            }

            pieces.Add(new Piece(default, [0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0]));
            return new DicomJsonBinaryCursor([.. pieces], 1);
        }

        var vr = element.VR;
        var swap = element.IsBigEndian && vr != DicomVR.UN && vr.UnitSize > 1 ? vr.UnitSize : 1;
        return new DicomJsonBinaryCursor([new Piece(element.GetValueRange(), null)], swap);
    }

    /// <summary>Writes the next chunk; true when it was the last one (the base64 string is then complete).</summary>
    public bool WriteChunk(Utf8JsonWriter writer)
    {
        if (_pieces.Length == 1 && _swapUnit == 1 && _pieces[0].Range.TryGetMemory(out var memory))
        {
            var take = (int)Math.Min(ChunkSize, memory.Length - _offset);
            var last = _offset + take >= memory.Length;
            writer.WriteBase64StringSegment(memory.Span.Slice((int)_offset, take), last);
            _offset += take;
            return last;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            var filled = Fill(buffer.AsSpan(0, ChunkSize));
            Swap(buffer.AsSpan(0, filled));
            var final = _piece >= _pieces.Length;
            writer.WriteBase64StringSegment(buffer.AsSpan(0, filled), final);
            return final;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private int Fill(Span<byte> destination)
    {
        var filled = 0;
        while (filled < destination.Length && _piece < _pieces.Length)
        {
            var piece = _pieces[_piece];
            var take = (int)Math.Min(piece.Length - _offset, destination.Length - filled);
            var target = destination.Slice(filled, take);
            if (piece.Header is { } header)
            {
                header.AsSpan((int)_offset, take).CopyTo(target);
            }
            else if (take > 0)
            {
                piece.Range.Source.Read(piece.Range.Offset + _offset, target);
            }

            filled += take;
            _offset += take;
            if (_offset >= piece.Length)
            {
                _piece++;
                _offset = 0;
            }
        }

        return filled;
    }

    private void Swap(Span<byte> bytes)
    {
        if (_swapUnit == 1)
        {
            return;
        }

        for (var i = 0; i + _swapUnit <= bytes.Length; i += _swapUnit)
        {
            bytes.Slice(i, _swapUnit).Reverse();
        }
    }

    private static void AddItem(List<Piece> pieces, DicomByteRange range)
    {
        var header = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0xE000FFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), (uint)range.Length);
        pieces.Add(new Piece(default, header));
        if (range.Length > 0)
        {
            pieces.Add(new Piece(range, null));
        }
    }

    /// <summary>Either bytes of the source or a small encoded header.</summary>
    private readonly record struct Piece(DicomByteRange Range, byte[]? Header)
    {
        public long Length => Header?.Length ?? Range.Length;
    }
}
