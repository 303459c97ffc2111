namespace Dicom.Clean.Toolkit.Imaging.Rendering;

/// <summary>Layout of a rendered frame's pixels (rows top to bottom, no padding).</summary>
public enum RenderedPixelFormat
{
    /// <summary>One byte per pixel.</summary>
    Gray8 = 0,

    /// <summary>Three bytes per pixel: red, green, blue.</summary>
    Rgb24 = 1,

    /// <summary>Two bytes per pixel, little endian.</summary>
    Gray16 = 2,
}
