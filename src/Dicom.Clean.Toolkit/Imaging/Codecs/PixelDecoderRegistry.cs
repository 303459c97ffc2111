using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;
using Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;
using Dicom.Clean.Toolkit.Imaging.Codecs.JpegLs;
using Dicom.Clean.Toolkit.Imaging.Codecs.Rle;
using Dicom.Clean.Toolkit.Uids;

namespace Dicom.Clean.Toolkit.Imaging.Codecs;

/// <summary>
/// An immutable map from encapsulated transfer syntax UID to the <see cref="IPixelDecoder"/> that
/// decodes it. <see cref="Default"/> holds the toolkit's own decoders; callers add or replace
/// decoders with <see cref="With"/>, which returns a new registry (nothing global ever changes).
/// </summary>
public sealed class PixelDecoderRegistry
{
    private readonly FrozenDictionary<string, IPixelDecoder> _decoders;

    /// <summary>Creates a registry; a decoder listed later wins a transfer syntax both claim.</summary>
    /// <param name="decoders">The decoders to register.</param>
    public PixelDecoderRegistry(IEnumerable<IPixelDecoder> decoders)
    {
        var map = new Dictionary<string, IPixelDecoder>(StringComparer.Ordinal);
        foreach (var decoder in decoders)
        {
            foreach (var uid in decoder.TransferSyntaxUids)
            {
                map[uid] = decoder;
            }
        }

        _decoders = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The toolkit's built-in decoders: RLE Lossless, JPEG (T.81), JPEG-LS and JPEG 2000 / HTJ2K.</summary>
    public static PixelDecoderRegistry Default { get; } =
        new([new RleLosslessDecoder(), new JpegDecoder(), new JpegLsDecoder(), new Jpeg2000Decoder()]);

    /// <summary>Transfer syntax UIDs this registry can decode.</summary>
    public IReadOnlyCollection<string> TransferSyntaxUids => _decoders.Keys;

    /// <summary>Returns a new registry with <paramref name="decoder"/> added, replacing any decoder of the same syntaxes.</summary>
    /// <param name="decoder">The decoder to add.</param>
    public PixelDecoderRegistry With(IPixelDecoder decoder) => new([.. _decoders.Values.Distinct(), decoder]);

    /// <summary>Finds the decoder of a transfer syntax.</summary>
    /// <param name="transferSyntaxUid">The transfer syntax UID.</param>
    /// <param name="decoder">The decoder, when one is registered.</param>
    /// <returns>True when a decoder is registered for the syntax.</returns>
    public bool TryGetDecoder(string transferSyntaxUid, [NotNullWhen(true)] out IPixelDecoder? decoder) =>
        _decoders.TryGetValue(transferSyntaxUid.TrimEnd('\0', ' '), out decoder);

    /// <summary>Returns the decoder of a transfer syntax.</summary>
    /// <param name="transferSyntaxUid">The transfer syntax UID.</param>
    /// <exception cref="DicomException">No decoder is registered: "cannot decode &lt;syntax name&gt;".</exception>
    public IPixelDecoder GetDecoder(string transferSyntaxUid)
    {
        if (TryGetDecoder(transferSyntaxUid, out var decoder))
        {
            return decoder;
        }

        var uid = transferSyntaxUid.TrimEnd('\0', ' ');
        throw new DicomException(DicomTransferSyntax.TryLookup(uid, out var syntax)
            ? $"cannot decode {syntax.Name} ({uid})"
            : $"cannot decode transfer syntax {uid}");
    }
}
