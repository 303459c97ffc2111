namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>A precinct of one resolution: its sub-band parts (one for resolution 0, else three).</summary>
internal sealed class Precinct(PrecinctBand[] bands)
{
    /// <summary>Sub-band parts, in LL or HL, LH, HH order.</summary>
    public PrecinctBand[] Bands { get; } = bands;
}
