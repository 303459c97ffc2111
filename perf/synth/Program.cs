using System.Globalization;
using Dicom.Clean.Perf.Synth;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Uids;

// Writes instances [start, start + count) under --out as NNNN/NNNNNNN.dcm (1000 per folder) and
// prints each relative path on stdout, for perf/scale.sh.
var options = ParseArguments(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Dicom.Clean.Perf.Synth --out DIR --count N [--start K] [--rows 64] [--columns 64] [--seed 1]");
    return 2;
}

var (outDir, start, count, rows, columns, seed) = options.Value;
var uids = new SyntheticUids(seed);
using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
for (var index = start; index < start + count; index++)
{
    var relative = Path.Combine((index / 1000).ToString("D4", CultureInfo.InvariantCulture), index.ToString("D7", CultureInfo.InvariantCulture) + ".dcm");
    var path = Path.Combine(outDir, relative);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    var dataset = SyntheticMrInstance.Build(index, uids, rows, columns);
    using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
    {
        DicomWriter.Write(file, dataset, DicomTransferSyntax.ExplicitVRLittleEndian);
    }

    stdout.WriteLine(relative);
}

return 0;

static (string OutDir, long Start, long Count, int Rows, int Columns, int Seed)? ParseArguments(string[] args)
{
    var values = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        values[args[i]] = args[i + 1];
    }

    if (args.Length % 2 != 0 || !values.TryGetValue("--out", out var outDir) || !values.TryGetValue("--count", out var count))
    {
        return null;
    }

    long Number(string name, long fallback) =>
        values.TryGetValue(name, out var text) ? long.Parse(text, CultureInfo.InvariantCulture) : fallback;

    return (outDir, Number("--start", 0), long.Parse(count, CultureInfo.InvariantCulture),
        (int)Number("--rows", 64), (int)Number("--columns", 64), (int)Number("--seed", 1));
}
