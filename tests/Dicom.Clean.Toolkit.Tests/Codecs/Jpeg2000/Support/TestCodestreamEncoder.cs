using System.Buffers.Binary;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>
/// A lossless JPEG 2000 encoder for tests, so that feature tests build their codestreams in code:
/// tiles and offsets, precincts, layers, all five progressions and POC, every Part 1 code-block
/// style, SOP/EPH, PPM/PPT and tile-parts. It borrows the decoder's geometry (TileLayoutBuilder)
/// and packet order (PacketSequence), both validated against opj_compress streams; what it writes
/// was checked with opj_decompress 2.5.0 during development (every stream of
/// Jpeg2000FeatureTests decodes there to the source samples).
/// </summary>
internal static partial class TestCodestreamEncoder
{
    private const int GuardBits = 2;

    /// <summary>Encodes component planes (Width x Height each, row-major) into a codestream.</summary>
    public static byte[] Encode(TestEncoderOptions o, int[][] planes)
    {
        var siz = SizBody(o);
        var cod = CodBody(o);
        var qcd = QcdBody(o);
        var header = new CodestreamHeader(ImageSize.Parse(siz, 0))
        {
            Cod = CodingStyle.Parse(cod, 0),
            Qcd = Quantization.Parse(qcd, 0),
        };
        header.ProgressionChanges.AddRange(o.ProgressionChanges);
        var size = header.Size;
        var budget = long.MaxValue;
        var tiles = new List<List<(byte[] Header, byte[] Body)>>();
        for (var t = 0; t < size.TileCount; t++)
        {
            var layout = TileLayoutBuilder.Build(header, null, t, ref budget);
            tiles.Add(EncodeTile(o, size, layout, planes));
        }

        var output = new List<byte>();
        Marker(output, CodestreamMarker.Soc);
        Segment(output, CodestreamMarker.Siz, siz);
        if (o.HighThroughput)
        {
            // CAP: Part 15 capabilities, HT-only code-blocks.
            Segment(output, CodestreamMarker.Cap, [0, 2, 0, 0, 0, 5]);
        }

        Segment(output, CodestreamMarker.Cod, cod);
        Segment(output, CodestreamMarker.Qcd, qcd);
        if (o.RoiShift > 0)
        {
            Segment(output, CodestreamMarker.Rgn, [0, 0, (byte)o.RoiShift]);
        }

        if (o.ProgressionChanges.Count > 0)
        {
            Segment(output, CodestreamMarker.Poc, PocBody(o.ProgressionChanges));
        }

        var parts = tiles.Select((packets, t) => (t, Parts: Split(packets, o.TilePartsPerTile))).ToList();
        if (o.Headers == PacketHeaderPlacement.MainHeader)
        {
            var ppm = new List<byte>();
            foreach (var (_, tileParts) in parts)
            {
                foreach (var part in tileParts)
                {
                    var headers = part.SelectMany(p => p.Header).ToArray();
                    ppm.AddRange(BigEndian32(headers.Length));
                    ppm.AddRange(headers);
                }
            }

            Packed(output, CodestreamMarker.Ppm, ppm);
        }

        foreach (var (t, tileParts) in parts)
        {
            for (var i = 0; i < tileParts.Count; i++)
            {
                WriteTilePart(output, o, t, i, tileParts.Count, tileParts[i]);
            }
        }

        Marker(output, CodestreamMarker.Eoc);
        return [.. output];
    }

    private static void WriteTilePart(List<byte> output, TestEncoderOptions o, int tile, int index, int count, List<(byte[] Header, byte[] Body)> packets)
    {
        var start = output.Count;
        Marker(output, CodestreamMarker.Sot);
        output.AddRange([0, 10, (byte)(tile >> 8), (byte)tile, 0, 0, 0, 0, (byte)index, (byte)count]);
        if (o.Headers == PacketHeaderPlacement.TileHeaders)
        {
            Packed(output, CodestreamMarker.Ppt, packets.SelectMany(p => p.Header).ToList());
        }

        Marker(output, CodestreamMarker.Sod);
        foreach (var (packetHeader, body) in packets)
        {
            if (o.Headers == PacketHeaderPlacement.InPackets)
            {
                output.AddRange(packetHeader);
            }

            output.AddRange(body);
        }

        var psot = output.Count - start;
        BinaryPrimitives.WriteInt32BigEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output)[(start + 6)..], psot);
    }

    // Splits a marker segment body over as many PPM/PPT segments as needed (index Z counting up).
    private static void Packed(List<byte> output, ushort marker, List<byte> data)
    {
        var z = 0;
        for (var at = 0; at < data.Count || z == 0; at += 60000, z++)
        {
            var chunk = data.Skip(at).Take(60000).ToArray();
            Segment(output, marker, [(byte)z, .. chunk]);
        }
    }

    private static List<List<(byte[] Header, byte[] Body)>> Split(List<(byte[] Header, byte[] Body)> packets, int parts)
    {
        parts = Math.Max(1, Math.Min(parts, packets.Count));
        var result = new List<List<(byte[], byte[])>>();
        for (var i = 0; i < parts; i++)
        {
            var from = packets.Count * i / parts;
            var to = packets.Count * (i + 1) / parts;
            result.Add(packets.GetRange(from, to - from));
        }

        return result;
    }

    private static List<(byte[] Header, byte[] Body)> EncodeTile(TestEncoderOptions o, ImageSize size, TileLayout layout, int[][] planes)
    {
        var coefficients = TileCoefficients(o, layout, planes);
        var blocks = new Dictionary<CodeBlock, ICodedBlock>();
        foreach (var tc in layout.Components)
        {
            foreach (var resolution in tc.Resolutions)
            {
                foreach (var precinct in resolution.Precincts)
                {
                    foreach (var part in precinct.Bands)
                    {
                        foreach (var block in part.Blocks)
                        {
                            blocks[block] = EncodeBlock(o, tc, part.Band, block, coefficients[tc.Component]);
                        }
                    }
                }
            }
        }

        var trees = new Dictionary<PrecinctBand, (TagTreeEncoder Inclusion, TagTreeEncoder ZeroBitPlanes)>();
        var packets = new List<(byte[] Header, byte[] Body)>();
        var sequence = 0;
        foreach (var id in PacketSequence.Enumerate(layout, size))
        {
            var precinct = layout.Components[id.Component].Resolutions[id.Resolution].Precincts[id.Precinct];
            var (packetHeader, body) = EncodePacket(o, precinct, id.Layer, blocks, trees);
            if (o.StartOfPacketMarkers)
            {
                body = [0xFF, 0x91, 0, 4, (byte)(sequence >> 8), (byte)sequence, .. body];
                if (o.Headers == PacketHeaderPlacement.InPackets)
                {
                    (packetHeader, body) = ([.. body[..6], .. packetHeader], body[6..]);
                }
            }

            sequence++;
            packets.Add((packetHeader, body));
        }

        return packets;
    }

    private static (byte[] Header, byte[] Body) EncodePacket(TestEncoderOptions o, Precinct precinct, int layer,
        Dictionary<CodeBlock, ICodedBlock> blocks, Dictionary<PrecinctBand, (TagTreeEncoder, TagTreeEncoder)> trees)
    {
        var writer = new PacketBitWriter();
        var body = new List<byte>();
        var any = precinct.Bands.Any(part => part.Blocks.Any(b => blocks[b].Cut(layer) > blocks[b].Cut(layer - 1)));
        writer.WriteBit(any ? 1 : 0);
        if (any)
        {
            foreach (var part in precinct.Bands)
            {
                if (part.Blocks.Length == 0)
                {
                    continue;
                }

                if (!trees.TryGetValue(part, out var tree))
                {
                    tree = (new TagTreeEncoder(part.BlocksWide, part.BlocksHigh, part.Blocks.Select(b => blocks[b].FirstLayer).ToArray()),
                        new TagTreeEncoder(part.BlocksWide, part.BlocksHigh, part.Blocks.Select(b => blocks[b].ZeroBitPlanes).ToArray()));
                    trees[part] = tree;
                }

                for (var i = 0; i < part.Blocks.Length; i++)
                {
                    EncodeContribution(writer, body, blocks[part.Blocks[i]], layer, tree, i % part.BlocksWide, i / part.BlocksWide);
                }
            }
        }

        var header = writer.Finish();
        if (o.EndOfPacketHeaderMarkers)
        {
            header = [.. header, 0xFF, 0x92];
        }

        return (header, [.. body]);
    }

    private static void EncodeContribution(PacketBitWriter writer, List<byte> body, ICodedBlock state, int layer,
        (TagTreeEncoder Inclusion, TagTreeEncoder ZeroBitPlanes) tree, int x, int y)
    {
        var from = state.Cut(layer - 1);
        var to = state.Cut(layer);
        if (layer <= state.FirstLayer)
        {
            tree.Inclusion.Encode(writer, x, y, layer + 1);
        }
        else
        {
            writer.WriteBit(to > from ? 1 : 0);
        }

        if (to == from)
        {
            return;
        }

        if (layer == state.FirstLayer)
        {
            tree.ZeroBitPlanes.Encode(writer, x, y, state.ZeroBitPlanes + 1);
        }

        WritePassCount(writer, to - from);
        var portions = state.Portions(from, to);
        var needed = state.LengthBits;
        foreach (var (passes, length) in portions)
        {
            var bits = 32 - int.LeadingZeroCount(length);
            needed = Math.Max(needed, bits - FloorLog2(passes));
        }

        for (var i = state.LengthBits; i < needed; i++)
        {
            writer.WriteBit(1);
        }

        writer.WriteBit(0);
        state.LengthBits = needed;
        foreach (var (passes, length) in portions)
        {
            writer.WriteBits(length, needed + FloorLog2(passes));
        }

        body.AddRange(state.Bytes(from, to));
    }

    private static void WritePassCount(PacketBitWriter writer, int n)
    {
        if (n == 1)
        {
            writer.WriteBit(0);
        }
        else if (n == 2)
        {
            writer.WriteBits(0b10, 2);
        }
        else if (n <= 5)
        {
            writer.WriteBits(0b1100 | (n - 3), 4);
        }
        else if (n <= 36)
        {
            writer.WriteBits((0b1111 << 5) | (n - 6), 9);
        }
        else
        {
            writer.WriteBits((0b111111111 << 7) | (n - 37), 16);
        }
    }

    private static ICodedBlock EncodeBlock(TestEncoderOptions o, TileComponent tc, SubBand band, CodeBlock block, int[] tile)
    {
        var width = block.X1 - block.X0;
        var height = block.Y1 - block.Y0;
        var data = new int[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                data[(y * width) + x] = tile[((band.BufferY + block.Y0 - band.Y0 + y) * tc.Width) + band.BufferX + block.X0 - band.X0 + x];
            }
        }

        if (o.HighThroughput)
        {
            return HtCodedBlock.Create(o, band, data, width, height);
        }

        var roi = tc.Component == 0 ? o.RoiShift : 0;
        if (roi > 0)
        {
            // Region samples are scaled above every background sample (which must stay below 2^s).
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = i % 3 == 0 ? data[i] << roi : data[i];
            }
        }

        var encoded = EbcotBlockEncoder.Encode(data, width, height, band.Orientation, o.BlockStyle);
        var zero = band.MagnitudeBits + roi - encoded.BitPlanes;
        if (zero < 0)
        {
            throw new InvalidOperationException("Coefficient exceeds the band's magnitude bits.");
        }

        return new PartOneCodedBlock(encoded, zero, o.Layers);
    }

    // Tile-component samples after level shift, RCT and the forward 5/3, in the decoder's layout.
    private static int[][] TileCoefficients(TestEncoderOptions o, TileLayout layout, int[][] planes)
    {
        var result = new int[layout.Components.Length][];
        foreach (var tc in layout.Components)
        {
            var data = new int[tc.Width * tc.Height];
            var shift = o.Signed ? 0 : 1 << (o.Precision - 1);
            for (var y = 0; y < tc.Height; y++)
            {
                for (var x = 0; x < tc.Width; x++)
                {
                    data[(y * tc.Width) + x] = planes[tc.Component][((tc.Y0 - o.OffsetY + y) * o.Width) + tc.X0 - o.OffsetX + x] - shift;
                }
            }

            result[tc.Component] = data;
        }

        if (o.ComponentTransform)
        {
            for (var i = 0; i < result[0].Length; i++)
            {
                int r = result[0][i], g = result[1][i], b = result[2][i];
                result[0][i] = (r + (2 * g) + b) >> 2;
                result[1][i] = b - g;
                result[2][i] = r - g;
            }
        }

        foreach (var tc in layout.Components)
        {
            ForwardWavelet.Reversible(result[tc.Component], tc.Width, tc.Resolutions);
        }

        return result;
    }

    private static int FloorLog2(int v) => 31 - int.LeadingZeroCount(v);
}
