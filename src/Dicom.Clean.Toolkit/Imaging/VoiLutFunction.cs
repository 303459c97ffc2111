namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>VOI LUT Function (0028,1056): how a window maps modality values to output (PS3.3 C.11.2.1.2).</summary>
public enum VoiLutFunction
{
    /// <summary>LINEAR, the default: the window's edges are at center - 0.5 -/+ (width - 1) / 2.</summary>
    Linear = 0,

    /// <summary>LINEAR_EXACT: the window's edges are exactly at center -/+ width / 2.</summary>
    LinearExact = 1,

    /// <summary>SIGMOID: a logistic curve centred on the window center.</summary>
    Sigmoid = 2,
}
