namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>What the test encoder's packet writer needs of a coded code-block.</summary>
internal interface ICodedBlock
{
    /// <summary>First layer with passes (the layer count when none).</summary>
    int FirstLayer { get; }

    /// <summary>Zero bit-planes to signal.</summary>
    int ZeroBitPlanes { get; }

    /// <summary>Current Lblock.</summary>
    int LengthBits { get; set; }

    /// <summary>Passes included up to and with <paramref name="layer"/>.</summary>
    int Cut(int layer);

    /// <summary>(passes, bytes) of each codeword segment part in passes [from, to).</summary>
    List<(int Passes, int Length)> Portions(int from, int to);

    /// <summary>The bytes of passes [from, to).</summary>
    IEnumerable<byte> Bytes(int from, int to);
}
