namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>Chooses the VOI transform of a frame from the options, the image and the frame's value range.</summary>
internal static class VoiResolver
{
    /// <summary>Modality value range of the frame and of its representation, as the VOI choice needs them.</summary>
    public readonly record struct ValueRange(double FrameMin, double FrameMax, double AbsoluteMin, double AbsoluteMax);

    /// <summary>MONOCHROME1 is shown inverted unless the image says otherwise; INVERSE always is (DCMTK's rule).</summary>
    public static bool IsInverse(ImagePixelAttributes image) =>
        image.PresentationLutShape == PresentationLutShape.Inverse
        || (image.PresentationLutShape is null && image.PhotometricInterpretation == PhotometricInterpretations.Monochrome1);

    public static (VoiStage Stage, VoiWindow? Applied) Resolve(
        ImagePixelAttributes image, int frameIndex, RenderOptions options, ValueRange range)
    {
        var inverse = IsInverse(image);
        var frameValues = options.UseFrameFunctionalGroups ? image.GetFrameValues(frameIndex) : null;
        var function = frameValues?.VoiLutFunction ?? image.VoiLutFunction;
        var windows = frameValues is { Windows.Count: > 0 } ? frameValues.Windows : image.Windows;
        var voi = options.Voi;
        switch (voi.Source)
        {
            case VoiSource.Automatic:
                if (windows.Count > 0)
                {
                    return FromWindow(windows[0], function, inverse, range);
                }

                if (image.VoiLuts.Count > 0 && ResolvedLookupTable.Resolve(image.VoiLuts[0]) is { } firstLut)
                {
                    return (VoiStage.LookupTable(firstLut, range.FrameMin < 0, inverse), null);
                }

                return MinMax(function, inverse, range);

            case VoiSource.Window:
                if (voi.Index < 0 || voi.Index >= windows.Count)
                {
                    throw new DicomException($"Window {voi.Index + 1} was requested but the image has {windows.Count}", frame: frameIndex);
                }

                return FromWindow(windows[voi.Index], function, inverse, range);

            case VoiSource.LookupTable:
                if (voi.Index < 0 || voi.Index >= image.VoiLuts.Count
                    || ResolvedLookupTable.Resolve(image.VoiLuts[voi.Index]) is not { } lut)
                {
                    throw new DicomException(
                        $"VOI LUT {voi.Index + 1} was requested but the image has {image.VoiLuts.Count} usable", frame: frameIndex);
                }

                return (VoiStage.LookupTable(lut, range.FrameMin < 0, inverse), null);

            case VoiSource.MinMax:
                return MinMax(function, inverse, range);

            case VoiSource.Custom:
                return FromWindow(voi.CustomWindow, voi.Function, inverse, range);

            default:
                return (VoiStage.Scale(range.AbsoluteMin, range.AbsoluteMax, inverse), null);
        }
    }

    private static (VoiStage, VoiWindow?) FromWindow(VoiWindow window, VoiLutFunction function, bool inverse, ValueRange range)
    {
        var valid = double.IsFinite(window.Center) && double.IsFinite(window.Width)
            && (function == VoiLutFunction.LinearExact ? window.Width > 0 : window.Width >= 1);
        if (!valid)
        {
            // A width below 1 is no window (PS3.3 C.11.2.1.2); DCMTK then scales the whole range.
            return (VoiStage.Scale(range.AbsoluteMin, range.AbsoluteMax, inverse), null);
        }

        return (VoiStage.Window(window.Center, window.Width, function, inverse), window);
    }

    private static (VoiStage, VoiWindow?) MinMax(VoiLutFunction function, bool inverse, ValueRange range)
    {
        // DCMTK (DiMonoPixelTemplate::getMinMaxWindow): a window of 2^n centred at 2^n-1 covers 0..2^n-1.
        var center = (range.FrameMin + range.FrameMax + 1) / 2;
        var width = range.FrameMax - range.FrameMin + 1;
        var used = function == VoiLutFunction.Sigmoid ? VoiLutFunction.Sigmoid : VoiLutFunction.Linear;
        var window = new VoiWindow(center, width, "Min-Max Window");
        return FromWindow(window, used, inverse, range);
    }
}
