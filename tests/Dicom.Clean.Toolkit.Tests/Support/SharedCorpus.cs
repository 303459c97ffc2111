namespace Dicom.Clean.Toolkit.Tests.Support;

/// <summary>
/// Locates the shared corpus (<c>../shared</c> beside the repository, or <c>DICOM_CLEAN_SHARED</c>).
/// When the variable is set and the folder is missing, tests fail rather than skip; when it is not
/// set and no folder is found beside the checkout, corpus tests are ignored with a reason.
/// </summary>
internal static class SharedCorpus
{
    public const string EnvironmentVariable = "DICOM_CLEAN_SHARED";

    private static readonly Lazy<string?> Located = new(Locate);

    /// <summary>The shared folder (holding <c>corpus/</c> and <c>dictionary/</c>).</summary>
    public static string Root
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
            if (!string.IsNullOrEmpty(configured))
            {
                if (!Directory.Exists(Path.Combine(configured, "corpus")))
                {
                    Assert.Fail($"{EnvironmentVariable}={configured} but {configured}/corpus does not exist.");
                }

                return Path.GetFullPath(configured);
            }

            if (Located.Value is null)
            {
                Assert.Ignore($"No ../shared beside the checkout and {EnvironmentVariable} is not set.");
            }

            return Located.Value!;
        }
    }

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string CorpusFile(params string[] parts) => Path.Combine([Corpus, .. parts]);

    private static string? Locate()
    {
        // Walk up from the test binary to the repository root (the folder holding Dicom.Clean.sln).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dicom.Clean.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(Path.Combine(shared, "corpus")) ? Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}
