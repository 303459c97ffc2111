using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dicom.Clean.Toolkit.Text;

namespace Dicom.Clean.Toolkit.Tests.Text;

/// <summary>The 94x94 sets of ISO 2022 code extensions, cell by cell against glibc iconv.</summary>
public sealed class DoubleByteCharacterSetTests
{
    // Cells glibc iconv maps (the converter DCMTK 3.6.7 uses on Debian 12), as "RRCC=UUUU\n" lines
    // sorted by cell, counted and hashed with SHA-256. Made by decoding every cell, high bits set,
    // with `iconv -f EUC-JP` (0x8F prefix for JIS X 0212), `-f EUC-KR` and `-f EUC-CN`.
    // GB 2312: 0xA1A4 and 0xA1AA replaced by U+00B7 and U+2014, the GB 18030 mapping we keep
    // for ISO-IR 58 (iconv's EUC-CN has U+30FB and U+2015).
    private static readonly object[] Sets =
    [
        new object[] { "ISO-IR 87", 6879, "AE19C443ABE682A5CF446052C6C84D29D0733E91D24B1687F4A7704D64F134D8" },
        new object[] { "ISO-IR 159", 6067, "CB738E06DAD2E0C2E7E62A86833B78CF59CFDFF260EC6079962FA2902C912BC6" },
        new object[] { "ISO-IR 149", 8227, "59E8228295A833F897612A707840F07D679511228D422D33F2FC2B97DCFBE97B" },
        new object[] { "ISO-IR 58", 7445, "4554E85FDD89D398147FCBFED338013EA3DD8AA3A794B74664397E5ED7B6E7EE" },
    ];

    [TestCaseSource(nameof(Sets))]
    public void WritableCells_MatchIconv(string name, int count, string sha256)
    {
        var set = SetNamed(name);
        var lines = new StringBuilder();
        var cells = 0;
        for (var row = 0x21; row <= 0x7E; row++)
        {
            for (var cell = 0x21; cell <= 0x7E; cell++)
            {
                var c = set.Decode((byte)row, (byte)cell);
                if (c != CodedCharacterSet.Unmapped && set.TryEncode(c, out var code) && code == ((row << 8) | cell))
                {
                    lines.Append(CultureInfo.InvariantCulture, $"{code:X4}={(int)c:X4}\n");
                    cells++;
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(cells, Is.EqualTo(count));
            Assert.That(Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(lines.ToString()))), Is.EqualTo(sha256));
        });
    }

    [Test]
    public void Decode_JisX0208Row13_ReadsNecSymbolsButNeverWritesThem()
    {
        // Row 13 is not JIS X 0208, but Japanese systems write it (NEC extension): read, not written.
        var set = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);

        var decoded = set.Decode([0x1B, 0x24, 0x42, 0x2D, 0x21, 0x1B, 0x28, 0x42], isPersonName: false);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo("\u2460"));
            Assert.That(set.TryEncode("\u2460", isPersonName: false, out _), Is.False);
        });
    }

    [Test]
    public void Decode_KsX1001_0xB4D3_IsTheHangulIconvGives()
    {
        // .NET's code page 51949 reads this cell as U+B2D6; 949 and iconv agree on U+B2D2.
        var decoded = DicomCharacterSet.FromTerms(["", "ISO 2022 IR 149"]).Decode([0x1B, 0x24, 0x29, 0x43, 0xB4, 0xD3], isPersonName: false);

        Assert.That(decoded, Is.EqualTo("\uB2D2"));
    }

    private static CodedCharacterSet SetNamed(string name) => name switch
    {
        "ISO-IR 87" => CodedCharacterSets.JisX0208,
        "ISO-IR 159" => CodedCharacterSets.JisX0212,
        "ISO-IR 149" => CodedCharacterSets.KsX1001,
        "ISO-IR 58" => CodedCharacterSets.Gb2312,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
