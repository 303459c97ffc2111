namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>Packet progression orders (T.800 Table A.16), in their codestream numbering.</summary>
internal enum ProgressionOrder
{
    /// <summary>Layer, resolution, component, position.</summary>
    Lrcp = 0,

    /// <summary>Resolution, layer, component, position.</summary>
    Rlcp = 1,

    /// <summary>Resolution, position, component, layer.</summary>
    Rpcl = 2,

    /// <summary>Position, component, resolution, layer.</summary>
    Pcrl = 3,

    /// <summary>Component, position, resolution, layer.</summary>
    Cprl = 4,
}
