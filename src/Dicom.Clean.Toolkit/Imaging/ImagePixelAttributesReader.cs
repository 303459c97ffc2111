using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// Fills <see cref="ImagePixelAttributes"/> from a data set: the Image Pixel module, the modality,
/// VOI and presentation attributes, the palette, the overlay planes and the enhanced multi-frame
/// functional groups. Lenient: a value that cannot be read is left at its default (the renderer's
/// <see cref="ImagePixelAttributes.Validate"/> rejects what cannot be rendered).
/// </summary>
public static class ImagePixelAttributesReader
{
    // DCMTK ignores the modality transform of these SOP classes: their Modality LUT describes the
    // intensity relationship for processing, not display (dcmimgle DiMonoModality).
    private static readonly HashSet<string> NoModalityTransform = new(StringComparer.Ordinal)
    {
        "1.2.840.10008.5.1.4.1.1.12.1",
        "1.2.840.10008.5.1.4.1.1.12.2",
        "1.2.840.10008.5.1.4.1.1.12.3",
    };

    /// <summary>Reads the rendering attributes of a data set.</summary>
    /// <param name="dataset">The data set (top level).</param>
    /// <returns>The attributes; absent values take their defaults.</returns>
    public static ImagePixelAttributes Read(DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var format = dataset.Contains(Tag(0x7FE0, 0x0010)) ? PixelSampleFormat.Integer
            : dataset.Contains(Tag(0x7FE0, 0x0008)) ? PixelSampleFormat.Float32
            : dataset.Contains(Tag(0x7FE0, 0x0009)) ? PixelSampleFormat.Float64
            : PixelSampleFormat.Integer;
        var bitsAllocated = Integer(dataset, 0x0028, 0x0100) ?? 0;
        var bitsStored = Integer(dataset, 0x0028, 0x0101) ?? bitsAllocated;
        var samples = Integer(dataset, 0x0028, 0x0002) ?? 1;
        var modalityTransform = !NoModalityTransform.Contains(FirstString(dataset, 0x0008, 0x0016) ?? string.Empty);

        return new ImagePixelAttributes
        {
            Rows = Integer(dataset, 0x0028, 0x0010) ?? 0,
            Columns = Integer(dataset, 0x0028, 0x0011) ?? 0,
            SamplesPerPixel = samples,
            BitsAllocated = bitsAllocated,
            BitsStored = bitsStored,
            HighBit = Integer(dataset, 0x0028, 0x0102) ?? (bitsStored - 1),
            IsSigned = Integer(dataset, 0x0028, 0x0103) == 1,
            PhotometricInterpretation = (FirstString(dataset, 0x0028, 0x0004) ?? string.Empty).ToUpperInvariant(),
            PlanarConfiguration = samples > 1 ? Integer(dataset, 0x0028, 0x0006) ?? 0 : 0,
            NumberOfFrames = Math.Max(1, Integer(dataset, 0x0028, 0x0008) ?? 1),
            SampleFormat = format,
            Rescale = modalityTransform ? ReadRescale(dataset) : null,
            ModalityLut = modalityTransform ? FirstItem(dataset, 0x0028, 0x3000) is { } modality ? ReadLut(modality) : null : null,
            Windows = ReadWindows(dataset),
            VoiLutFunction = ReadVoiLutFunction(dataset) ?? VoiLutFunction.Linear,
            VoiLuts = Items(dataset, 0x0028, 0x3010).Select(ReadLut).OfType<LookupTableData>().ToArray(),
            PresentationLutShape = FirstString(dataset, 0x2050, 0x0020)?.ToUpperInvariant() switch
            {
                "IDENTITY" => Imaging.PresentationLutShape.Identity,
                "INVERSE" => Imaging.PresentationLutShape.Inverse,
                _ => null,
            },
            Palette = ReadPalette(dataset),
            Overlays = OverlayPlaneReader.Read(dataset),
            PerFrame = FunctionalGroupReader.Read(dataset, modalityTransform),
        };
    }

    internal static RescaleTransform? ReadRescale(DicomDataset dataset)
    {
        // DCMTK applies rescale only when both values are present.
        var intercept = Decimal(dataset, 0x0028, 0x1052);
        var slope = Decimal(dataset, 0x0028, 0x1053);
        return intercept is { } i && slope is { } s ? new RescaleTransform(s, i, FirstString(dataset, 0x0028, 0x1054)) : null;
    }

    internal static VoiWindow[] ReadWindows(DicomDataset dataset)
    {
        if (!dataset.TryFind(Tag(0x0028, 0x1050), out var centers) || !dataset.TryFind(Tag(0x0028, 0x1051), out var widths))
        {
            return [];
        }

        var explanations = dataset.Find(Tag(0x0028, 0x1055)) is { } e ? SafeStrings(e, dataset) : [];
        var count = Math.Min(SafeCount(centers, dataset), SafeCount(widths, dataset));
        var windows = new List<VoiWindow>(count);
        for (var i = 0; i < count; i++)
        {
            if (centers.TryGetDouble(i, out var center) && widths.TryGetDouble(i, out var width))
            {
                windows.Add(new VoiWindow(center, width, i < explanations.Length && explanations[i].Length > 0 ? explanations[i] : null));
            }
        }

        return [.. windows];
    }

    internal static VoiLutFunction? ReadVoiLutFunction(DicomDataset dataset) =>
        FirstString(dataset, 0x0028, 0x1056)?.ToUpperInvariant() switch
        {
            "LINEAR" => VoiLutFunction.Linear,
            "LINEAR_EXACT" => VoiLutFunction.LinearExact,
            "SIGMOID" => VoiLutFunction.Sigmoid,
            _ => null,
        };

    internal static DicomTag Tag(ushort group, ushort element) => new(group, element);

    internal static int? Integer(DicomDataset dataset, ushort group, ushort element) =>
        dataset.Find(Tag(group, element)) is { } e && e.TryGetInt32(0, out var value) ? value : null;

    internal static double? Decimal(DicomDataset dataset, ushort group, ushort element) =>
        dataset.Find(Tag(group, element)) is { } e && e.TryGetDouble(0, out var value) && double.IsFinite(value) ? value : null;

    internal static string? FirstString(DicomDataset dataset, ushort group, ushort element)
    {
        if (dataset.Find(Tag(group, element)) is not { } e)
        {
            return null;
        }

        var values = SafeStrings(e, dataset);
        return values.Length > 0 && values[0].Length > 0 ? values[0].Trim() : null;
    }

    internal static IReadOnlyList<DicomDataset> Items(DicomDataset dataset, ushort group, ushort element) =>
        dataset.Find(Tag(group, element)) is { IsSequence: true } e ? e.Items : [];

    internal static DicomDataset? FirstItem(DicomDataset dataset, ushort group, ushort element) =>
        Items(dataset, group, element) is { Count: > 0 } items ? items[0] : null;

    /// <summary>The value as 16-bit words in host order, whatever its VR (US, SS, OW, or UN).</summary>
    internal static ushort[] Words(DicomElement element)
    {
        var bytes = element.RawValue.Span;
        var words = new ushort[bytes.Length / 2];
        for (var i = 0; i < words.Length; i++)
        {
            var pair = bytes.Slice(2 * i, 2);
            words[i] = element.IsBigEndian
                ? (ushort)((pair[0] << 8) | pair[1])
                : (ushort)(pair[0] | (pair[1] << 8));
        }

        return words;
    }

    private static LookupTableData? ReadLut(DicomDataset item)
    {
        if (!item.TryFind(Tag(0x0028, 0x3002), out var descriptor) || !item.TryFind(Tag(0x0028, 0x3006), out var data))
        {
            return null;
        }

        var d = Words(descriptor);
        return d.Length < 3 ? null : new LookupTableData(d[0], d[1], d[2], Words(data), FirstString(item, 0x0028, 0x3003));
    }

    private static PaletteColorLookupTables? ReadPalette(DicomDataset dataset)
    {
        var red = ReadPaletteChannel(dataset, 0);
        var green = ReadPaletteChannel(dataset, 1);
        var blue = ReadPaletteChannel(dataset, 2);
        return red is not null && green is not null && blue is not null ? new PaletteColorLookupTables(red, green, blue) : null;
    }

    private static LookupTableData? ReadPaletteChannel(DicomDataset dataset, int channel)
    {
        if (!dataset.TryFind(Tag(0x0028, (ushort)(0x1101 + channel)), out var descriptorElement))
        {
            return null;
        }

        var d = Words(descriptorElement);
        if (d.Length < 3)
        {
            return null;
        }

        if (dataset.TryFind(Tag(0x0028, (ushort)(0x1201 + channel)), out var data) && !data.IsEmpty)
        {
            return new LookupTableData(d[0], d[1], d[2], Words(data));
        }

        return dataset.TryFind(Tag(0x0028, (ushort)(0x1221 + channel)), out var segmented)
            ? LookupTableData.FromSegmented(d[0], d[1], d[2], Words(segmented))
            : null;
    }

    private static string[] SafeStrings(DicomElement element, DicomDataset dataset)
    {
        try
        {
            return element.GetStrings(dataset.CharacterSet);
        }
        catch (DicomException)
        {
            // A bulk or sequence value where text was expected: treat as absent.
            return [];
        }
    }

    private static int SafeCount(DicomElement element, DicomDataset dataset)
    {
        try
        {
            return element.GetValueCount(dataset.CharacterSet);
        }
        catch (DicomException)
        {
            return 0;
        }
    }
}
