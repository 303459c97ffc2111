namespace Dicom.Clean.Toolkit.Tests.Codecs.Jpeg2000.Support;

/// <summary>Where <see cref="TestCodestreamEncoder"/> puts packet headers.</summary>
internal enum PacketHeaderPlacement
{
    InPackets,
    MainHeader,
    TileHeaders,
}
