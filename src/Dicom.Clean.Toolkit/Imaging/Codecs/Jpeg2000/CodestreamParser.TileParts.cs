using System.Buffers.Binary;

namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// The tile-parts after the main header (T.800 A.4.2): SOT, the tile-part header's segments, and
/// the body up to Psot (or the end of the codestream); a body cut short is a warning.
/// </summary>
internal static partial class CodestreamParser
{
    private static List<TileHeader> ReadTileParts(ReadOnlySpan<byte> data, int position, CodestreamHeader header, DecodeWarnings warnings)
    {
        var order = new List<TileHeader>();
        var components = header.Size.Components.Count;
        while (position + 2 <= data.Length)
        {
            var marker = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            if (marker == CodestreamMarker.Eoc)
            {
                return order;
            }

            if (marker != CodestreamMarker.Sot)
            {
                warnings.Add($"JPEG 2000 codestream holds 0x{marker:X4} where a tile-part or EOC should start; ignoring the rest", position);
                return order;
            }

            var sotStart = position;
            position += 2;
            var sot = ReadSegment(data, ref position, out var sotOffset);
            if (sot.Length < 8)
            {
                throw new DicomException("JPEG 2000 SOT segment is too short", sotOffset);
            }

            int tileIndex = BinaryPrimitives.ReadUInt16BigEndian(sot);
            long psot = BinaryPrimitives.ReadUInt32BigEndian(sot[2..]);
            if (tileIndex >= header.Tiles.Length)
            {
                throw new DicomException($"JPEG 2000 tile-part names tile {tileIndex} of {header.Tiles.Length}", sotOffset);
            }

            var tile = header.Tiles[tileIndex] ??= new TileHeader(tileIndex, components);
            var firstPart = tile.Parts.Count == 0;
            while (true)
            {
                if (position + 2 > data.Length)
                {
                    warnings.Add("JPEG 2000 codestream ends inside a tile-part header", position);
                    return order;
                }

                var m = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
                position += 2;
                if (m == CodestreamMarker.Sod)
                {
                    break;
                }

                var body = ReadSegment(data, ref position, out var offset);
                if (!firstPart && m is CodestreamMarker.Cod or CodestreamMarker.Coc or CodestreamMarker.Qcd or CodestreamMarker.Qcc)
                {
                    warnings.Add($"JPEG 2000 marker 0x{m:X4} in a later tile-part header ignored", offset);
                    continue;
                }

                ReadMainOrTileSegment(m, body, offset, header, tile, null, warnings);
            }

            long end = psot == 0 ? data.Length : sotStart + psot;
            if (end > data.Length)
            {
                warnings.Add($"JPEG 2000 tile-part of tile {tileIndex} is truncated ({end - data.Length} bytes missing)", data.Length);
                end = data.Length;
            }
            else if (psot == 0 && end >= position + 2 && BinaryPrimitives.ReadUInt16BigEndian(data[((int)end - 2)..]) == CodestreamMarker.Eoc)
            {
                end -= 2;
            }

            if (end < position)
            {
                throw new DicomException("JPEG 2000 tile-part length Psot ends inside its own header", sotOffset);
            }

            tile.Parts.Add((position, (int)end - position));
            order.Add(tile);
            position = (int)end;
        }

        warnings.Add("JPEG 2000 codestream has no EOC marker", data.Length);
        return order;
    }
}
