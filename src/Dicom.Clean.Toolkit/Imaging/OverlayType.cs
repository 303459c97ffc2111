namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>Overlay Type (60xx,0040).</summary>
public enum OverlayType
{
    /// <summary><c>G</c>: graphics (annotations); burned in by replacing the covered pixels.</summary>
    Graphic = 0,

    /// <summary><c>R</c>: region of interest; burned in by darkening the pixels outside it.</summary>
    RegionOfInterest = 1,
}
