namespace Dicom.Clean.Toolkit.Model;

/// <summary>Depth-first enumeration of every element, nested items included.</summary>
public sealed partial class DicomDataset
{
    /// <summary>
    /// Every element in file order, depth first: a sequence comes before the elements of its items.
    /// Iterative (an explicit stack), so deep nesting cannot overflow the call stack.
    /// </summary>
    public IEnumerable<DicomWalkEntry> Walk()
    {
        var stack = new Stack<(DicomDataset Dataset, DicomItemPath? Path, int Next)>();
        stack.Push((this, null, 0));
        while (stack.Count > 0)
        {
            var (dataset, path, next) = stack.Pop();
            if (next >= dataset.Count)
            {
                continue;
            }

            var element = dataset[next];
            stack.Push((dataset, path, next + 1));
            yield return new DicomWalkEntry(element, dataset, path);

            var items = element.Items;
            for (var i = items.Count - 1; i >= 0; i--)
            {
                stack.Push((items[i], new DicomItemPath(path, element.Tag, i), 0));
            }
        }
    }
}
