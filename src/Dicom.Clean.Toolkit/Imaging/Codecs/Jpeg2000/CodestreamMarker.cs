namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>JPEG 2000 codestream marker codes (ITU-T T.800 Table A.2, T.814 for CAP/CPF).</summary>
internal static class CodestreamMarker
{
    public const ushort Soc = 0xFF4F;
    public const ushort Cap = 0xFF50;
    public const ushort Siz = 0xFF51;
    public const ushort Cod = 0xFF52;
    public const ushort Coc = 0xFF53;
    public const ushort Tlm = 0xFF55;
    public const ushort Plm = 0xFF57;
    public const ushort Plt = 0xFF58;
    public const ushort Cpf = 0xFF59;
    public const ushort Qcd = 0xFF5C;
    public const ushort Qcc = 0xFF5D;
    public const ushort Rgn = 0xFF5E;
    public const ushort Poc = 0xFF5F;
    public const ushort Ppm = 0xFF60;
    public const ushort Ppt = 0xFF61;
    public const ushort Crg = 0xFF63;
    public const ushort Com = 0xFF64;
    public const ushort Sot = 0xFF90;
    public const ushort Sop = 0xFF91;
    public const ushort Eph = 0xFF92;
    public const ushort Sod = 0xFF93;
    public const ushort Eoc = 0xFFD9;
}
