using System.Globalization;

namespace Dicom.Clean.LoadClient;

/// <summary>
/// Acknowledged posts, one line each (<c>sha256 id status</c>), flushed as they arrive so a
/// script can watch progress and the verifier can read what was promised even if this process
/// dies too.
/// </summary>
internal sealed class AckLog : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();

    public AckLog(string path) => _writer = new StreamWriter(path, append: false) { AutoFlush = true };

    public void Add(string sha256, string id, int status)
    {
        lock (_gate)
        {
            _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sha256} {id} {status}"));
        }
    }

    public static List<(string Sha256, string Id, int Status)> Read(string path) =>
        File.ReadLines(path)
            .Select(l => l.Split(' '))
            .Where(p => p.Length == 3)
            .Select(p => (p[0], p[1], int.Parse(p[2], CultureInfo.InvariantCulture)))
            .ToList();

    public void Dispose() => _writer.Dispose();
}
