namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>A code-block waiting for tier-1 decoding, with everything needed to place its output.</summary>
/// <param name="Component">Its tile-component.</param>
/// <param name="Band">Its sub-band.</param>
/// <param name="Block">The code-block with its segments.</param>
/// <param name="Arena">The tile's segment arena holding the block's bytes.</param>
/// <param name="Origin">Index of the block's first coefficient in the component plane.</param>
internal readonly record struct CodeBlockJob(TileComponent Component, SubBand Band, CodeBlock Block, byte[] Arena, int Origin);
