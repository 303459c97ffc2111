using System.Globalization;

namespace Dicom.Clean.LoadClient;

/// <summary><c>--name value</c> pairs after the command name.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current.StartsWith("--", StringComparison.Ordinal) ? e.Current[2..] : throw new ArgumentException($"Expected --name, got '{e.Current}'.");
            _values[name] = e.MoveNext() ? e.Current : throw new ArgumentException($"--{name} needs a value.");
        }
    }

    public string Text(string name) => _values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required.");

    public int Number(string name, int fallback) =>
        _values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public Uri Server => new(Text("server").TrimEnd('/') + "/");
}
