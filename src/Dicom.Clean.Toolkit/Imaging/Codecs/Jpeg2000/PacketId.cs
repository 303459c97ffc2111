namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>Identifies one packet of a tile: component, resolution, precinct and layer.</summary>
internal readonly record struct PacketId(int Component, int Resolution, int Precinct, int Layer);
