using Dicom.Clean.Toolkit.Model;
using static Dicom.Clean.Toolkit.Imaging.ImagePixelAttributesReader;

namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// Reads the Frame VOI LUT and Pixel Value Transformation functional groups of an enhanced
/// multi-frame image (PS3.3 C.7.6.16), a per-frame item overriding the shared one.
/// </summary>
internal static class FunctionalGroupReader
{
    public static FrameFunctionalValues[]? Read(DicomDataset dataset, bool modalityTransform)
    {
        var shared = FirstItem(dataset, 0x5200, 0x9229);
        var perFrame = Items(dataset, 0x5200, 0x9230);
        if (shared is null && perFrame.Count == 0)
        {
            return null;
        }

        var sharedValues = shared is null ? null : ReadGroup(shared, modalityTransform);
        var frames = Math.Max(perFrame.Count, Math.Max(1, Integer(dataset, 0x0028, 0x0008) ?? 1));
        var values = new FrameFunctionalValues[frames];
        var any = false;
        for (var i = 0; i < frames; i++)
        {
            var own = i < perFrame.Count ? ReadGroup(perFrame[i], modalityTransform) : null;
            var windows = own is { Windows.Count: > 0 } ? own.Windows : sharedValues?.Windows ?? [];
            values[i] = new FrameFunctionalValues(
                windows,
                own?.VoiLutFunction ?? sharedValues?.VoiLutFunction,
                own?.Rescale ?? sharedValues?.Rescale);
            any |= windows.Count > 0 || values[i].VoiLutFunction is not null || values[i].Rescale is not null;
        }

        return any ? values : null;
    }

    private static FrameFunctionalValues ReadGroup(DicomDataset group, bool modalityTransform)
    {
        var voi = FirstItem(group, 0x0028, 0x9132);
        var transformation = FirstItem(group, 0x0028, 0x9145);
        return new FrameFunctionalValues(
            voi is null ? [] : ReadWindows(voi),
            voi is null ? null : ReadVoiLutFunction(voi),
            transformation is not null && modalityTransform ? ReadRescale(transformation) : null);
    }
}
