namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>One coded quad of the test HT encoder.</summary>
internal sealed record HtQuad(int X, int Rho, int Bound, int U, int Ek, int[] Mus);
