using System.IO.Compression;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Tests.Fuzz;

/// <summary>Where a header's length field lies: for setting it to a huge value.</summary>
internal readonly record struct LengthSite(int Offset, int Size, bool BigEndian, string What);

/// <summary>Where an element starts, and how its header is encoded.</summary>
internal readonly record struct ElementSite(int Offset, DicomTag Tag, bool ExplicitVR, bool BigEndian, int HeaderLength, long Length);

/// <summary>
/// Bytes the mutations work on, with the places worth hitting (element headers, length fields) found by
/// reading the intact file once. A plain file is one layer; a deflated file has two: the file (meta
/// information and compressed data) and the inflated data set, which is deflated again after mutation.
/// </summary>
internal sealed class FuzzLayer
{
    private readonly Func<byte[], byte[]> _compose;
    private byte[]? _bomb;

    private FuzzLayer(string name, byte[] bytes, List<ElementSite> elements, List<LengthSite> lengths, Func<byte[], byte[]> compose)
    {
        Name = name;
        Bytes = bytes;
        Elements = elements;
        Lengths = lengths;
        _compose = compose;
    }

    public string Name { get; }

    public byte[] Bytes { get; }

    public IReadOnlyList<ElementSite> Elements { get; }

    public IReadOnlyList<LengthSite> Lengths { get; }

    /// <summary>True when the data set (not only the meta information) is in this layer.</summary>
    public bool HoldsDataset { get; private init; }

    /// <summary>Elements of the top level (nesting bombs go in front of one).</summary>
    public IReadOnlyList<ElementSite> TopLevel { get; private init; } = [];

    /// <summary>True for the inflated data set of a deflated file.</summary>
    public bool IsDeflated { get; private init; }

    /// <summary>The whole file from this layer's mutated bytes.</summary>
    public byte[] Compose(byte[] mutated) => _compose(mutated);

    /// <summary>The file with its data set followed by 64 MiB of zeros, deflated (about 64 KiB): made once.</summary>
    public byte[] DeflateBomb() => _bomb ??= _compose([.. Bytes, .. new byte[64 << 20]]);

    public static IReadOnlyList<FuzzLayer> From(byte[] file)
    {
        using var parsed = DicomFile.Read(file);
        var meta = Sites(parsed.FileMetaInformation, file);
        if (!parsed.TransferSyntax.IsDeflated)
        {
            var all = Sites(parsed.Dataset, file);
            var top = parsed.Dataset.Where(e => e.Offset >= 0).Select(e => Site(e, file)).ToList();
            return [new FuzzLayer("file", file, [.. meta.Elements, .. all.Elements], [.. meta.Lengths, .. all.Lengths], b => b) { HoldsDataset = true, TopLevel = top }];
        }

        var head = file[..(int)parsed.DatasetOffset];
        var inflated = Inflate(file.AsSpan((int)parsed.DatasetOffset));
        var dataset = Sites(parsed.Dataset, inflated);
        return
        [
            new FuzzLayer("file", file, meta.Elements, meta.Lengths, b => b),
            new FuzzLayer("inflated data set", inflated, dataset.Elements, dataset.Lengths, b => [.. head, .. Deflate(b)])
            {
                HoldsDataset = true,
                IsDeflated = true,
                TopLevel = parsed.Dataset.Select(e => Site(e, inflated)).ToList(),
            },
        ];
    }

    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Inflate(ReadOnlySpan<byte> compressed)
    {
        using var input = new MemoryStream(compressed.ToArray());
        using var inflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        inflate.CopyTo(output);
        return output.ToArray();
    }

    private static (List<ElementSite> Elements, List<LengthSite> Lengths) Sites(DicomDataset dataset, byte[] bytes)
    {
        var elements = new List<ElementSite>();
        var lengths = new List<LengthSite>();
        foreach (var entry in dataset.Walk())
        {
            var element = entry.Element;
            if (element.Offset < 0 || element.Offset + element.HeaderLength > bytes.Length)
            {
                continue;
            }

            var site = Site(element, bytes);
            elements.Add(site);
            var (at, size) = site.ExplicitVR ? (site.HeaderLength == 12 ? (8, 4) : (6, 2)) : (4, 4);
            lengths.Add(new LengthSite(site.Offset + at, size, site.BigEndian, $"element {element.Tag}"));
            foreach (var item in element.Items)
            {
                lengths.Add(new LengthSite((int)item.Offset + 4, 4, site.BigEndian, $"item of {element.Tag}"));
            }

            if (element.Fragments is { } fragments)
            {
                foreach (var fragment in fragments.Fragments.Prepend(fragments.BasicOffsetTable).Where(f => f.ItemOffset >= 0))
                {
                    lengths.Add(new LengthSite((int)fragment.ItemOffset + 4, 4, false, $"fragment of {element.Tag}"));
                }
            }
        }

        return (elements, lengths);
    }

    private static ElementSite Site(DicomElement element, byte[] bytes)
    {
        // A 12-byte header is explicit with a 32-bit length; an 8-byte one is explicit when a short VR follows the tag.
        var offset = (int)element.Offset;
        var explicitVR = element.HeaderLength == 12
            || (DicomVR.TryParse(bytes[offset + 4], bytes[offset + 5], out var vr) && !vr.HasLongLength);
        return new ElementSite(offset, element.Tag, explicitVR, element.IsBigEndian, element.HeaderLength, element.Length);
    }
}
