namespace Dicom.Clean.Application.Instances.Ingest;

/// <summary>The blob keys one ingest has written (or started to write), for compensation; safe across its parallel steps.</summary>
internal sealed class WrittenBlobs
{
    private readonly List<string> _keys = new(2);

    public void Add(string key)
    {
        lock (_keys)
        {
            _keys.Add(key);
        }
    }

    public IReadOnlyList<string> Keys()
    {
        lock (_keys)
        {
            return [.. _keys];
        }
    }
}
