using System.Text.Json;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// Writes a data set as DICOM JSON one step at a time (an element, an item boundary or a chunk of a
/// binary value per <see cref="Step"/>), so callers can flush between steps, synchronously or not. An
/// explicit stack of frames replaces recursion: nesting depth cannot overflow the call stack.
/// </summary>
internal sealed class DicomJsonEmitter
{
    private readonly Utf8JsonWriter _writer;
    private readonly DicomJsonWriterOptions _options;
    private readonly Stack<object> _frames = new();
    private readonly int _maxItemDepth;
    private DicomJsonBinaryCursor? _binary;

    public DicomJsonEmitter(Utf8JsonWriter writer, DicomDataset dataset, DicomJsonWriterOptions options)
    {
        _writer = writer;
        _options = options;

        // Each item level costs three JSON levels (element object, Value array, item object).
        var maxJsonDepth = writer.Options.MaxDepth == 0 ? 1000 : writer.Options.MaxDepth;
        _maxItemDepth = (maxJsonDepth - 2) / 3;
        _frames.Push(new DatasetFrame(dataset, null, 0));
    }

    /// <summary>Writes the next piece of output; false once the whole data set has been written.</summary>
    public bool Step()
    {
        if (_binary is not null)
        {
            if (_binary.WriteChunk(_writer))
            {
                _binary = null;
                _writer.WriteEndObject();
            }

            return true;
        }

        if (!_frames.TryPeek(out var top))
        {
            return false;
        }

        if (top is DatasetFrame dataset)
        {
            StepDataset(dataset);
        }
        else
        {
            StepSequence((SequenceFrame)top);
        }

        return true;
    }

    private void StepDataset(DatasetFrame frame)
    {
        if (!frame.Started)
        {
            frame.Started = true;
            _writer.WriteStartObject();
            return;
        }

        // Write one element (skipping any number of left-out ones) or close the object.
        while (frame.TryNext(out var element))
        {
            if (IsLeftOut(element, frame.Depth))
            {
                continue;
            }

            WriteElement(element, frame);
            return;
        }

        _writer.WriteEndObject();
        _frames.Pop();
    }

    private void StepSequence(SequenceFrame frame)
    {
        var items = frame.Element.Items;
        if (frame.Next < items.Count)
        {
            var index = frame.Next++;
            _frames.Push(new DatasetFrame(items[index], new DicomItemPath(frame.Path, frame.Element.Tag, index), frame.Depth + 1));
            return;
        }

        _writer.WriteEndArray();
        _writer.WriteEndObject();
        _frames.Pop();
    }

    private bool IsLeftOut(DicomElement element, int depth) =>
        element.Tag.IsGroupLength // PS3.18 F.2.2: group lengths are not part of the JSON model.
        || (depth == 0 && !_options.IncludePixelData && element.Tag.Value is 0x7FE00008 or 0x7FE00009 or 0x7FE00010);

    private void WriteElement(DicomElement element, DatasetFrame frame)
    {
        Span<byte> name = stackalloc byte[8];
        DicomJsonValueWriter.FormatTag(element.Tag.Value, name);
        _writer.WritePropertyName(name);
        _writer.WriteStartObject();
        _writer.WriteString("vr"u8, element.VR.Code);

        if (element.IsSequence)
        {
            if (element.Items.Count == 0)
            {
                _writer.WriteEndObject();
                return;
            }

            if (frame.Depth + 1 > _maxItemDepth)
            {
                throw new DicomException($"Sequences nested deeper than {_maxItemDepth} levels do not fit the JSON writer's depth limit", element.Offset >= 0 ? element.Offset : null, element.Tag);
            }

            _writer.WritePropertyName("Value"u8);
            _writer.WriteStartArray();
            _frames.Push(new SequenceFrame(element, frame.Path, frame.Depth));
            return;
        }

        if (element.IsEncapsulated || element.VR.Category == DicomVRCategory.Bulk)
        {
            WriteBinary(element, frame);
            return;
        }

        DicomJsonValueWriter.WriteValue(_writer, element, frame.Dataset.CharacterSet);
        _writer.WriteEndObject();
    }

    private void WriteBinary(DicomElement element, DatasetFrame frame)
    {
        if (!element.IsEncapsulated && element.Length == 0)
        {
            _writer.WriteEndObject();
            return;
        }

        if (_options.BulkData is { } policy && element.Length >= policy.MinimumLength
            && policy.UriBuilder(new DicomJsonBulkDataReference(element, frame.Dataset, frame.Path)) is { } uri)
        {
            _writer.WriteString("BulkDataURI"u8, uri);
            _writer.WriteEndObject();
            return;
        }

        _writer.WritePropertyName("InlineBinary"u8);
        _binary = DicomJsonBinaryCursor.For(element);
    }

    /// <summary>A data set or item being written: its elements in ascending tag order, each tag once.</summary>
    private sealed class DatasetFrame(DicomDataset dataset, DicomItemPath? path, int depth)
    {
        private readonly int[]? _order = dataset.IsInTagOrder ? null : TagOrder(dataset);
        private int _next;

        public DicomDataset Dataset { get; } = dataset;

        public DicomItemPath? Path { get; } = path;

        public int Depth { get; } = depth;

        public bool Started { get; set; }

        public bool TryNext(out DicomElement element)
        {
            var count = _order?.Length ?? Dataset.Count;
            if (_next >= count)
            {
                element = null!;
                return false;
            }

            var index = _next++;
            element = Dataset[_order is null ? index : _order[index]];
            return true;
        }

        // Damaged data may be out of order or repeat a tag: JSON members must be sorted and unique, so the
        // first occurrence wins (as DicomDataset.Find does).
        private static int[] TagOrder(DicomDataset dataset)
        {
            var order = Enumerable.Range(0, dataset.Count).OrderBy(i => dataset[i].Tag.Value).ToArray();
            var unique = new List<int>(order.Length);
            foreach (var index in order)
            {
                if (unique.Count == 0 || dataset[unique[^1]].Tag != dataset[index].Tag)
                {
                    unique.Add(index);
                }
            }

            return [.. unique];
        }
    }

    /// <summary>A sequence whose items are being written.</summary>
    private sealed class SequenceFrame(DicomElement element, DicomItemPath? path, int depth)
    {
        public DicomElement Element { get; } = element;

        public DicomItemPath? Path { get; } = path;

        public int Depth { get; } = depth;

        public int Next { get; set; }
    }
}
