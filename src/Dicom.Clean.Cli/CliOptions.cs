using System.Globalization;

namespace Dicom.Clean.Cli;

/// <summary>The parsed command line.</summary>
/// <param name="Folder">The folder: on this machine, or with <paramref name="ServerSide"/> as the server sees it.</param>
/// <param name="Server">Base address of the service.</param>
/// <param name="ServerSide">Start a job on the server instead of uploading.</param>
/// <param name="Parallel">Uploads at once.</param>
/// <param name="ApiKey">Sent as <c>X-Api-Key</c> on every request when set.</param>
internal sealed record CliOptions(string Folder, Uri Server, bool ServerSide, int Parallel, string? ApiKey)
{
    public const string Usage =
        """
        usage: dicom-clean import <folder> [--server URL] [--server-side] [--parallel N] [--api-key KEY]

          <folder>        every file below it is imported
          --server URL    the service (default $DICOM_CLEAN_SERVER, else http://localhost:8001)
          --server-side   the folder is on the server (inside an import root, absolute or relative
                          to the first root): start a job there and follow it, uploading nothing
          --parallel N    uploads at once, 1 to 32 (default 4)
          --api-key KEY   sent as X-Api-Key (default $DICOM_CLEAN_API_KEY; none without it)
        """;

    /// <summary>Parses the arguments; null (with a message) when they are wrong.</summary>
    public static CliOptions? Parse(IReadOnlyList<string> args, string? serverFromEnvironment, string? apiKeyFromEnvironment, out string? error)
    {
        error = null;
        if (args.Count < 2 || args[0] != "import")
        {
            error = args.Count > 0 && args[0] != "import" ? $"Unknown command '{args[0]}'." : "A command and a folder are required.";
            return null;
        }

        string? folder = null;
        var server = string.IsNullOrWhiteSpace(serverFromEnvironment) ? "http://localhost:8001" : serverFromEnvironment;
        var serverSide = false;
        var parallel = 4;
        var apiKey = string.IsNullOrWhiteSpace(apiKeyFromEnvironment) ? null : apiKeyFromEnvironment;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--server-side":
                    serverSide = true;
                    break;
                case "--server" when i + 1 < args.Count:
                    server = args[++i];
                    break;
                case "--api-key" when i + 1 < args.Count:
                    apiKey = args[++i];
                    break;
                case "--parallel" when i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 32:
                    parallel = n;
                    i++;
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    error = $"Unknown or incomplete option '{a}'.";
                    return null;
                case var a when folder is null:
                    folder = a;
                    break;
                default:
                    error = "Only one folder may be given.";
                    return null;
            }
        }

        if (folder is null || !Uri.TryCreate(server.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            error = folder is null ? "A folder is required." : $"'{server}' is not an http(s) address.";
            return null;
        }

        return new CliOptions(folder, uri, serverSide, parallel, apiKey);
    }
}
