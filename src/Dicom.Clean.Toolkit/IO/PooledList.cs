using System.Buffers;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>
/// A growable list on pooled arrays: the reader keeps one per nesting level (for elements and for
/// items), so a parse allocates only the final exact-size arrays.
/// </summary>
/// <typeparam name="T">Element or data set.</typeparam>
internal sealed class PooledList<T> : IDisposable
    where T : class
{
    private T[] _items = ArrayPool<T>.Shared.Rent(16);

    public int Count { get; private set; }

    public T this[int index] => _items[index];

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(bigger);
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = bigger;
        }

        _items[Count++] = item;
    }

    /// <summary>Copies the items added since <paramref name="start"/> out and removes them.</summary>
    public T[] Drain(int start = 0)
    {
        var count = Count - start;
        var result = count == 0 ? [] : _items.AsSpan(start, count).ToArray();
        _items.AsSpan(start, count).Clear();
        Count = start;
        return result;
    }

    public void Dispose()
    {
        ArrayPool<T>.Shared.Return(_items, clearArray: true);
        _items = [];
        Count = 0;
    }
}
