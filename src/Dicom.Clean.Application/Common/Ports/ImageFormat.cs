namespace Dicom.Clean.Application.Common.Ports;

/// <summary>Image file formats the renderer writes.</summary>
public enum ImageFormat
{
    /// <summary>PNG, lossless (<c>image/png</c>).</summary>
    Png,

    /// <summary>JPEG baseline (<c>image/jpeg</c>).</summary>
    Jpeg,
}
