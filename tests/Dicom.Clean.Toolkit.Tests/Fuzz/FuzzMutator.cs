using System.Buffers.Binary;
using System.Globalization;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Fuzz;

/// <summary>
/// One deterministic mutation of a layer: truncations, bit flips, huge lengths in element, item and
/// fragment headers, corrupted tags and VRs, overwritten, deleted and repeated bytes, a swapped transfer
/// syntax, nesting bombs (sequences in items thousands deep) put in front of a top-level element, and
/// for a deflated data set a deflate bomb. Gives the whole file (the layer composes it).
/// </summary>
internal static class FuzzMutator
{
    private static readonly uint[] HugeLengths = [0xFFFFFFFF, 0xFFFFFFFE, 0x7FFFFFFF, 0x80000000, 0x4F4C4544, 0x00FFFFFF, 0x00010001];

    private static readonly uint[] SpecialTags =
        [0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD, 0x7FE00010, 0x00080005, 0x00000000, 0x00020010, 0xFFFCFFFC, 0x00281050, 0x00091010];

    private static readonly string[] VRCodes = ["SQ", "UN", "OB", "OW", "UT", "US", "AT", "PN", "DS", "FD", "XX", "\0\0", "ob", "  "];

    private static readonly string[] TransferSyntaxes =
        ["1.2.840.10008.1.2", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99", "1.2.840.10008.1.2.4.50", "1.2.3", ""];

    public static (byte[] File, string How) Mutate(FuzzLayer layer, ref FuzzRandom random)
    {
        if (layer.IsDeflated && random.Next(40) == 0)
        {
            return (layer.DeflateBomb(), "deflate bomb: the data set followed by 64 MiB of zeros");
        }

        var (bytes, how) = MutateLayer(layer, ref random);
        return (layer.Compose(bytes), how);
    }

    private static (byte[] Bytes, string How) MutateLayer(FuzzLayer layer, ref FuzzRandom random)
    {
        var data = (byte[])layer.Bytes.Clone();
        var at = random.Next(data.Length);
        switch (random.Next(13))
        {
            case 0:
                return (data[..at], $"truncated at {at}");
            case 1 when layer.Elements.Count > 0:
            {
                var site = random.Pick(layer.Elements);
                var cut = Math.Min(data.Length, site.Offset + random.Next(site.HeaderLength + (int)Math.Min(site.Length, 4096) + 1));
                return (data[..cut], $"truncated at {cut}, inside {site.Tag} at {site.Offset}");
            }

            case 2:
            {
                var region = random.Next(2) == 0 ? Math.Min(data.Length, 1024) : data.Length;
                var flips = 1 + random.Next(4);
                var where = new List<string>();
                for (var f = 0; f < flips; f++)
                {
                    var position = random.Next(region);
                    var bit = random.Next(8);
                    data[position] ^= (byte)(1 << bit);
                    where.Add(string.Create(CultureInfo.InvariantCulture, $"{position}.{bit}"));
                }

                return (data, $"bits flipped at {string.Join(' ', where)}");
            }

            case 3 when layer.Lengths.Count > 0:
                return HugeLength(data, random.Pick(layer.Lengths), ref random);
            case 4 when layer.Lengths.Any(l => !l.What.StartsWith("element", StringComparison.Ordinal)):
                return HugeLength(data, random.Pick(layer.Lengths.Where(l => !l.What.StartsWith("element", StringComparison.Ordinal)).ToList()), ref random);
            case 5 when layer.Elements.Count > 0:
            {
                var site = random.Pick(layer.Elements);
                var tag = random.Next(3) == 0 ? random.NextUInt32() : random.Pick(SpecialTags);
                Write16(data, site.Offset, (ushort)(tag >> 16), site.BigEndian);
                Write16(data, site.Offset + 2, (ushort)tag, site.BigEndian);
                return (data, $"tag {site.Tag} at {site.Offset} set to {tag:X8}");
            }

            case 6 when layer.Elements.Any(e => e.ExplicitVR):
            {
                var site = random.Pick(layer.Elements.Where(e => e.ExplicitVR).ToList());
                var code = random.Pick(VRCodes);
                data[site.Offset + 4] = (byte)code[0];
                data[site.Offset + 5] = (byte)code[1];
                return (data, $"VR of {site.Tag} at {site.Offset} set to '{code.Replace("\0", "\\0", StringComparison.Ordinal)}'");
            }

            case 7:
                for (var i = 0; i < 8 && at + i < data.Length; i++)
                {
                    data[at + i] = (byte)random.Next(256);
                }

                return (data, $"8 bytes overwritten at {at}");
            case 8:
            {
                var end = Math.Min(data.Length, at + 1 + random.Next(64));
                return ([.. data[..at], .. data[end..]], $"bytes {at}-{end} removed");
            }

            case 9:
            {
                var from = random.Next(data.Length);
                var length = Math.Min(data.Length - from, 8 + random.Next(248));
                return ([.. data[..at], .. data.AsSpan(from, length), .. data[at..]], $"{length} bytes from {from} repeated at {at}");
            }

            case 10 when layer.Elements.FirstOrDefault(e => e.Tag.Value == 0x00020010) is { HeaderLength: 8 } site:
            {
                var uid = random.Pick(TransferSyntaxes);
                var value = System.Text.Encoding.ASCII.GetBytes(uid.Length % 2 == 0 ? uid : uid + "\0");
                var header = data.AsSpan(site.Offset, 8).ToArray();
                BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(6), (ushort)value.Length);
                var after = site.Offset + 8 + (int)site.Length;
                return ([.. data[..site.Offset], .. header, .. value, .. data[after..]], $"transfer syntax set to '{uid}'");
            }

            case 11 when layer.HoldsDataset && layer.TopLevel.Count > 0:
                return NestingBomb(data, random.Pick(layer.TopLevel), ref random);
            default:
                return (data[..at], $"truncated at {at}");
        }
    }

    private static (byte[] Bytes, string How) HugeLength(byte[] data, LengthSite site, ref FuzzRandom random)
    {
        var remaining = (uint)(data.Length - site.Offset);
        var value = random.Next(4) switch
        {
            0 => random.NextUInt32(),
            1 => remaining + (uint)random.Next(16),
            _ => random.Pick(HugeLengths),
        };
        if (site.Size == 2)
        {
            Write16(data, site.Offset, (ushort)value, site.BigEndian);
        }
        else if (site.BigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(site.Offset), value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(site.Offset), value);
        }

        return (data, $"length of {site.What} at {site.Offset} set to {(site.Size == 2 ? (ushort)value : value):X}");
    }

    /// <summary>Sequences of undefined length nested <c>depth</c> deep, closed or not, in the layer's encoding.</summary>
    private static (byte[] Bytes, string How) NestingBomb(byte[] data, ElementSite before, ref FuzzRandom random)
    {
        int[] depths = [65, 300, 5000];
        var depth = depths[random.Next(depths.Length)];
        var closed = random.Next(2) == 0;
        var level = new DicomByteBuilder(before.ExplicitVR, before.BigEndian)
            .Header(0x0008, 0x1115, "SQ", DicomByteBuilder.Undefined)
            .Tag(0xFFFE, 0xE000).Raw32(DicomByteBuilder.Undefined)
            .ToArray();
        var close = new DicomByteBuilder(before.ExplicitVR, before.BigEndian)
            .Tag(0xFFFE, 0xE00D).Raw32(0)
            .Tag(0xFFFE, 0xE0DD).Raw32(0)
            .ToArray();
        var bomb = new MemoryStream();
        for (var i = 0; i < depth; i++)
        {
            bomb.Write(level);
        }

        for (var i = 0; closed && i < depth; i++)
        {
            bomb.Write(close);
        }

        return ([.. data[..before.Offset], .. bomb.ToArray(), .. data[before.Offset..]], $"{(closed ? "closed" : "unclosed")} nesting bomb {depth} deep before {before.Tag} at {before.Offset}");
    }

    private static void Write16(byte[] data, int offset, ushort value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(offset), value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(offset), value);
        }
    }
}
