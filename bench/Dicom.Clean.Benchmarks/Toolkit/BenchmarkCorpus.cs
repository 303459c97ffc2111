namespace Dicom.Clean.Benchmarks.Toolkit;

/// <summary>Finds corpus files: <c>DICOM_CLEAN_SHARED</c>, else <c>../shared</c> beside the repository.</summary>
internal static class BenchmarkCorpus
{
    /// <summary>The seed's 512x512 16-bit MR (explicit VR little endian, Siemens private headers).</summary>
    public const string SeedMR = "MR512";

    /// <summary>pydicom's small CT (explicit VR little endian, GE private elements).</summary>
    public const string CTSmall = "CT_small";

    /// <summary>The files by short name (the name shows in the result tables), as paths under corpus/.</summary>
    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>
    {
        [SeedMR] = "seed/test-mri/ST000001/SE000001/IM000001",
        [CTSmall] = "pydicom/CT_small.dcm",
    };

    public static byte[] Read(string name) => ReadPath(Paths[name]);

    /// <summary>Reads a file by its path under corpus/, with <c>/</c> separators.</summary>
    public static byte[] ReadPath(string corpusPath) =>
        File.ReadAllBytes(Path.Combine([SharedFolder(), "corpus", .. corpusPath.Split('/')]));

    /// <summary>The shared folder holding corpus/.</summary>
    public static string SharedFolder()
    {
        var configured = Environment.GetEnvironmentVariable("DICOM_CLEAN_SHARED");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dicom.Clean.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared");
            }
        }

        throw new DirectoryNotFoundException("Set DICOM_CLEAN_SHARED to the shared folder holding corpus/.");
    }
}
