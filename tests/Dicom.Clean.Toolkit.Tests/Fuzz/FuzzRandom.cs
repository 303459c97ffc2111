namespace Dicom.Clean.Toolkit.Tests.Fuzz;

/// <summary>A small deterministic generator (xorshift32): the same seed gives the same mutations on every run and machine.</summary>
internal struct FuzzRandom(uint seed)
{
    private uint _state = seed == 0 ? 0x9E3779B9 : seed;

    /// <summary>A stable seed from a name (string.GetHashCode differs between processes).</summary>
    public static uint SeedFrom(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    public uint NextUInt32()
    {
        _state ^= _state << 13;
        _state ^= _state >> 17;
        _state ^= _state << 5;
        return _state;
    }

    /// <summary>A number in [0, max); 0 when max is 0.</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextUInt32() % (uint)max);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
