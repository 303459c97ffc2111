namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>Presentation LUT Shape (2050,0020) as stored in an image.</summary>
public enum PresentationLutShape
{
    /// <summary>IDENTITY: output as the VOI stage produced it.</summary>
    Identity = 0,

    /// <summary>INVERSE: output inverted (minimum displayed white).</summary>
    Inverse = 1,
}
