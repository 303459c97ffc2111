using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Reads the main header and walks the tile-parts of a codestream (T.800 Annex A), recording
/// marker segments and where each tile's bodies lie. Reads leniently: a truncated last tile-part
/// or a missing EOC is a warning; a damaged main header is an error.
/// </summary>
internal static partial class CodestreamParser
{
    /// <summary>Parses <paramref name="data"/>, a bare codestream starting with SOC.</summary>
    public static CodestreamHeader Parse(ReadOnlySpan<byte> data, DecodeWarnings warnings)
    {
        if (data.Length < 4 || BinaryPrimitives.ReadUInt16BigEndian(data) != CodestreamMarker.Soc)
        {
            throw new DicomException("Not a JPEG 2000 codestream (no SOC marker)", 0);
        }

        if (BinaryPrimitives.ReadUInt16BigEndian(data[2..]) != CodestreamMarker.Siz)
        {
            throw new DicomException("JPEG 2000 codestream does not start with SOC, SIZ", 2);
        }

        var position = 4;
        var siz = ReadSegment(data, ref position, out var sizOffset);
        var header = new CodestreamHeader(ImageSize.Parse(siz, sizOffset));
        var ppm = new List<(int Index, int Start, int Length)>();
        while (true)
        {
            if (position + 2 > data.Length)
            {
                throw new DicomException("JPEG 2000 main header ends before the first tile-part", position);
            }

            var marker = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            if (marker == CodestreamMarker.Sot)
            {
                break;
            }

            if (marker == CodestreamMarker.Eoc)
            {
                throw new DicomException("JPEG 2000 codestream holds no tile-part", position);
            }

            position += 2;
            var body = ReadSegment(data, ref position, out var offset);
            ReadMainOrTileSegment(marker, body, offset, header, null, ppm, warnings);
        }

        if (header.Cod is null || header.Qcd is null)
        {
            throw new DicomException("JPEG 2000 main header lacks a COD or QCD segment", position);
        }

        header.PackedHeaders = ppm.Count == 0 ? null : Concatenate(data, ppm);
        var partOrder = ReadTileParts(data, position, header, warnings);
        if (header.PackedHeaders is { } packed)
        {
            DistributePackedHeaders(packed, partOrder, warnings);
        }

        return header;
    }

    private static void ReadMainOrTileSegment(ushort marker, ReadOnlySpan<byte> body, long offset, CodestreamHeader header,
        TileHeader? tile, List<(int Index, int Start, int Length)>? ppm, DecodeWarnings warnings)
    {
        var components = header.Size.Components.Count;
        switch (marker)
        {
            case CodestreamMarker.Cod:
                var cod = CodingStyle.Parse(body, offset);
                if (tile is null)
                {
                    header.Cod = cod;
                }
                else
                {
                    tile.Cod = cod;
                }

                break;
            case CodestreamMarker.Coc:
            {
                var c = ReadComponentIndex(body, components, offset, out var n);
                if (body.Length < n + 1)
                {
                    throw new DicomException("JPEG 2000 COC segment is too short", offset);
                }

                var style = ComponentCodingStyle.Parse(body[(n + 1)..], (body[n] & 1) != 0, offset, out _);
                (tile is null ? header.Coc : tile.Coc)[c] = style;
                break;
            }

            case CodestreamMarker.Qcd:
                var qcd = Quantization.Parse(body, offset);
                if (tile is null)
                {
                    header.Qcd = qcd;
                }
                else
                {
                    tile.Qcd = qcd;
                }

                break;
            case CodestreamMarker.Qcc:
            {
                var c = ReadComponentIndex(body, components, offset, out var n);
                (tile is null ? header.Qcc : tile.Qcc)[c] = Quantization.Parse(body[n..], offset);
                break;
            }

            case CodestreamMarker.Rgn:
            {
                var c = ReadComponentIndex(body, components, offset, out var n);
                if (body.Length < n + 2)
                {
                    throw new DicomException("JPEG 2000 RGN segment is too short", offset);
                }

                if (body[n] != 0)
                {
                    warnings.Add($"JPEG 2000 RGN style {body[n]} is not defined; region of interest ignored", offset);
                    break;
                }

                if (tile is null)
                {
                    header.RoiShift[c] = body[n + 1];
                }
                else
                {
                    tile.RoiShift[c] = body[n + 1];
                }

                break;
            }

            case CodestreamMarker.Poc:
                ProgressionChange.Parse(body, components, offset, tile is null ? header.ProgressionChanges : tile.ProgressionChanges);
                break;
            case CodestreamMarker.Ppm when ppm is not null && body.Length >= 1:
                ppm.Add((body[0], (int)offset + 1, body.Length - 1));
                break;
            case CodestreamMarker.Ppt when tile is not null && body.Length >= 1:
                tile.PackedHeaders.Add((body[0], (int)offset + 1, body.Length - 1));
                break;
            default:
                // TLM, PLM, PLT, COM, CRG, CAP, CPF and unknown segments carry nothing the decoder needs.
                break;
        }
    }

    private static int ReadComponentIndex(ReadOnlySpan<byte> body, int components, long offset, out int size)
    {
        size = components > 256 ? 2 : 1;
        if (body.Length < size)
        {
            throw new DicomException("JPEG 2000 marker segment is too short for its component index", offset);
        }

        int c = size == 2 ? BinaryPrimitives.ReadUInt16BigEndian(body) : body[0];
        if (c >= components)
        {
            throw new DicomException($"JPEG 2000 marker segment names component {c} of {components}", offset);
        }

        return c;
    }

    /// <summary>Reads a marker segment's length at <paramref name="position"/> and returns its body.</summary>
    private static ReadOnlySpan<byte> ReadSegment(ReadOnlySpan<byte> data, ref int position, out long bodyOffset)
    {
        if (position + 2 > data.Length)
        {
            throw new DicomException("JPEG 2000 codestream ends inside a marker segment", position);
        }

        int length = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
        if (length < 2 || position + length > data.Length)
        {
            throw new DicomException($"JPEG 2000 marker segment length {length} runs past the codestream", position);
        }

        bodyOffset = position + 2;
        var body = data.Slice(position + 2, length - 2);
        position += length;
        return body;
    }

    private static byte[] Concatenate(ReadOnlySpan<byte> data, List<(int Index, int Start, int Length)> parts)
    {
        // Stable sort on Zppm/Zppt: segments are concatenated in index order.
        var ordered = parts.Select((p, i) => (p, i)).OrderBy(x => x.p.Index).ThenBy(x => x.i).Select(x => x.p).ToList();
        var buffer = new byte[ordered.Sum(p => p.Length)];
        var at = 0;
        foreach (var (_, start, length) in ordered)
        {
            data.Slice(start, length).CopyTo(buffer.AsSpan(at));
            at += length;
        }

        return buffer;
    }

    /// <summary>Concatenates a tile's PPT bodies in Zppt order.</summary>
    public static byte[] ConcatenateTileHeaders(ReadOnlySpan<byte> data, TileHeader tile) => Concatenate(data, tile.PackedHeaders);

    private static void DistributePackedHeaders(byte[] packed, List<TileHeader> partOrder, DecodeWarnings warnings)
    {
        var at = 0;
        foreach (var tile in partOrder)
        {
            if (at + 4 > packed.Length)
            {
                warnings.Add("JPEG 2000 PPM segments hold fewer tile-part headers than there are tile-parts");
                return;
            }

            var n = BinaryPrimitives.ReadUInt32BigEndian(packed.AsSpan(at));
            at += 4;
            var length = (int)Math.Min(n, (uint)(packed.Length - at));
            tile.MainPackedHeaders.Add((at, length));
            at += length;
        }
    }
}
