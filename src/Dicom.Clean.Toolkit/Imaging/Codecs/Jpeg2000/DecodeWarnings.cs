namespace Dicom.Clean.Toolkit.Imaging.Codecs.Jpeg2000;

/// <summary>
/// Collects the warnings of one decode (damage that was worked around). Safe to call from the
/// parallel code-block workers; a cap keeps a badly damaged stream from flooding the caller.
/// </summary>
internal sealed class DecodeWarnings
{
    private const int Limit = 64;
    private readonly List<string> _messages = [];

    /// <summary>Warnings so far, in order.</summary>
    public IReadOnlyList<string> Messages => _messages;

    /// <summary>Records one warning; <paramref name="offset"/> is a codestream byte offset when known.</summary>
    public void Add(string message, long? offset = null)
    {
        lock (_messages)
        {
            if (_messages.Count < Limit)
            {
                _messages.Add(offset is { } o ? $"{message} at byte offset {o}" : message);
            }
        }
    }
}
