using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;

namespace Dicom.Clean.Toolkit.Tests.Codecs.JpegLs;

/// <summary>Options of <see cref="JpegLsTestEncoder"/>.</summary>
/// <param name="Precision">P, 2 to 16.</param>
/// <param name="Near">NEAR.</param>
/// <param name="Interleave">ILV: 0 (one scan per component), 1 (line) or 2 (sample).</param>
/// <param name="RestartInterval">Lines per restart interval, 0 for none.</param>
/// <param name="Preset">If set, written as an LSE type 1 segment (zeros meaning defaults) and used.</param>
/// <param name="ColorTransform">HP transform (1-3) applied to three components and declared in APP8 "mrfx".</param>
internal sealed record JpegLsTestOptions(
    int Precision,
    int Near = 0,
    int Interleave = 0,
    int RestartInterval = 0,
    JpegLsCodingParameters? Preset = null,
    int ColorTransform = 0);
