using System.Buffers;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.IO;

/// <summary>A growable list on pooled arrays: the reader keeps one per nesting level, so only the final exact-size arrays are allocated.</summary>
internal sealed class PooledElementList : IDisposable
{
    private DicomElement[] _items = ArrayPool<DicomElement>.Shared.Rent(64);

    public int Count { get; private set; }

    public DicomElement this[int index] => _items[index];

    public void Add(DicomElement element)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<DicomElement>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(bigger);
            ArrayPool<DicomElement>.Shared.Return(_items, clearArray: true);
            _items = bigger;
        }

        _items[Count++] = element;
    }

    /// <summary>Copies the elements out and empties the list for the next data set at this level.</summary>
    public DicomElement[] Drain()
    {
        var result = Count == 0 ? [] : _items.AsSpan(0, Count).ToArray();
        _items.AsSpan(0, Count).Clear();
        Count = 0;
        return result;
    }

    public void Dispose()
    {
        ArrayPool<DicomElement>.Shared.Return(_items, clearArray: true);
        _items = [];
        Count = 0;
    }
}
