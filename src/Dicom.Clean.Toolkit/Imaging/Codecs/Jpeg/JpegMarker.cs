namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg;

/// <summary>Marker codes of ITU T.81 Table B.1 (the byte after 0xFF).</summary>
internal static class JpegMarker
{
    public const byte Sof0 = 0xC0;
    public const byte Sof1 = 0xC1;
    public const byte Sof2 = 0xC2;
    public const byte Sof3 = 0xC3;
    public const byte Dht = 0xC4;
    public const byte Sof15 = 0xCF;
    public const byte Jpg = 0xC8;
    public const byte Dac = 0xCC;
    public const byte Rst0 = 0xD0;
    public const byte Rst7 = 0xD7;
    public const byte Soi = 0xD8;
    public const byte Eoi = 0xD9;
    public const byte Sos = 0xDA;
    public const byte Dqt = 0xDB;
    public const byte Dnl = 0xDC;
    public const byte Dri = 0xDD;
    public const byte App0 = 0xE0;
    public const byte App14 = 0xEE;
    public const byte Tem = 0x01;

    public static bool IsRestart(int marker) => marker is >= Rst0 and <= Rst7;

    /// <summary>SOF markers the decoder does not implement: hierarchical and arithmetic-coded processes.</summary>
    public static bool IsUnsupportedFrame(int marker) =>
        marker is >= 0xC5 and <= Sof15 && marker != Dht && marker != Jpg && marker != Dac;

    /// <summary>Markers that stand alone, without a length field.</summary>
    public static bool IsStandalone(int marker) => marker == Soi || marker == Eoi || marker == Tem || IsRestart(marker);
}
