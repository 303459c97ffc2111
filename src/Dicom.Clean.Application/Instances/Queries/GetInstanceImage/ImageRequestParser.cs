using System.Globalization;
using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Application.Instances.Queries.GetInstanceImage;

/// <summary>Turns the query's text parameters into a render request (validated beforehand).</summary>
internal static class ImageRequestParser
{
    public static bool TryParseWindow(string? text, out WindowLevel? window)
    {
        window = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var center)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var width)
            && double.IsFinite(center) && double.IsFinite(width) && width > 0)
        {
            window = new WindowLevel(center, width);
            return true;
        }

        return false;
    }

    public static bool TryParseFormat(string? text, out ImageFormat format)
    {
        format = ImageFormat.Png;
        if (string.IsNullOrEmpty(text) || text.Equals("png", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("jpeg", StringComparison.OrdinalIgnoreCase) || text.Equals("jpg", StringComparison.OrdinalIgnoreCase))
        {
            format = ImageFormat.Jpeg;
            return true;
        }

        return false;
    }

    public static ImageRenderRequest ToRequest(GetInstanceImageQuery query)
    {
        _ = TryParseWindow(query.Window, out var window);
        _ = TryParseFormat(query.Format, out var format);
        return new ImageRenderRequest(query.Frame, window, format);
    }
}
