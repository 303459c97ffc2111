using System.Text.Encodings.Web;
using System.Text.Json;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// Writes a data set in the DICOM JSON model (PS3.18 F.2) straight to a <see cref="Utf8JsonWriter"/> or a
/// stream: no intermediate document, values decoded from their bytes as they are written, binary values
/// streamed in chunks as base64 (or named by a BulkDataURI). Thread-safe: the data set is only read.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Members in ascending tag order, each tag once (the first, if damaged data repeats one); group
/// lengths (gggg,0000) left out. The VR is the element's: as read, from the dictionary (implicit VR,
/// private elements through their creator), or UN.</item>
/// <item>Text is decoded with the character set of the data set or item holding it and written as
/// Unicode; values are split on backslashes and trimmed as the value getters trim them. An empty value
/// has no "Value"; an empty value among several is <c>null</c>. Specific Character Set keeps the
/// source's terms (PS3.18 F.2.2 note 3).</item>
/// <item>PN: an object with the non-empty groups among Alphabetic, Ideographic and Phonetic, components as
/// encoded (trailing carets kept).</item>
/// <item>IS and DS: JSON numbers (<c>+1</c>, <c>007</c>, <c>.5</c> normalised); a value that is no number
/// keeps its text as a string, as PS3.18 F.2.3 allows.</item>
/// <item>US, SS, UL, SL, FL, FD: numbers; SV and UV beyond 2^53 as strings; NaN and infinities as the
/// strings <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>. AT: <c>"ggggeeee"</c>.</item>
/// <item>OB, OD, OF, OL, OV, OW, UN: InlineBinary, little endian (big-endian words swapped; UN as it is),
/// or a BulkDataURI chosen by <see cref="DicomJsonWriterOptions.BulkData"/>. Encapsulated pixel data: its
/// Value Field as encoded, items and sequence delimiter included.</item>
/// <item>Sequences: an array of item objects (<c>{}</c> for an empty item); no "Value" without items.</item>
/// </list>
/// </remarks>
public static class DicomJsonWriter
{
    // Flush to the stream whenever this much is buffered, so large values never sit whole in memory.
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Writes the data set as one JSON object.</summary>
    /// <param name="writer">The JSON writer; the object is written as its next value.</param>
    /// <param name="dataset">The data set.</param>
    /// <param name="options">Options; <see cref="DicomJsonWriterOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">A value cannot be read from its source (for example a file truncated since it was parsed).</exception>
    public static void Write(Utf8JsonWriter writer, DicomDataset dataset, DicomJsonWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(dataset);
        var emitter = new DicomJsonEmitter(writer, dataset, options ?? DicomJsonWriterOptions.Default);
        while (emitter.Step())
        {
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.Flush();
    }

    /// <summary>Writes the data set as UTF-8 JSON to a stream (left open).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="dataset">The data set.</param>
    /// <param name="options">Options; <see cref="DicomJsonWriterOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">A value cannot be read from its source.</exception>
    public static void Write(Stream stream, DicomDataset dataset, DicomJsonWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= DicomJsonWriterOptions.Default;
        using var writer = new Utf8JsonWriter(stream, WriterOptions(options));
        Write(writer, dataset, options);
    }

    /// <summary>
    /// Writes the data set as UTF-8 JSON to a stream (left open), flushing asynchronously as the buffer
    /// fills. Values left in a file are still read synchronously from it.
    /// </summary>
    /// <param name="stream">The stream, for example an HTTP response body.</param>
    /// <param name="dataset">The data set.</param>
    /// <param name="options">Options; <see cref="DicomJsonWriterOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops writing between two flushes.</param>
    /// <exception cref="DicomException">A value cannot be read from its source.</exception>
    public static async Task WriteAsync(Stream stream, DicomDataset dataset, DicomJsonWriterOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= DicomJsonWriterOptions.Default;
        var writer = new Utf8JsonWriter(stream, WriterOptions(options));
        await using (writer.ConfigureAwait(false))
        {
            var emitter = new DicomJsonEmitter(writer, dataset, options);
            while (emitter.Step())
            {
                if (writer.BytesPending > FlushThreshold)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The data set as UTF-8 JSON bytes.</summary>
    /// <param name="dataset">The data set.</param>
    /// <param name="options">Options; <see cref="DicomJsonWriterOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">A value cannot be read from its source.</exception>
    public static byte[] SerializeToUtf8Bytes(DicomDataset dataset, DicomJsonWriterOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, dataset, options);
        return buffer.ToArray();
    }

    /// <summary>The data set as a JSON string.</summary>
    /// <param name="dataset">The data set.</param>
    /// <param name="options">Options; <see cref="DicomJsonWriterOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">A value cannot be read from its source.</exception>
    public static string Serialize(DicomDataset dataset, DicomJsonWriterOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, dataset, options);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // Names and text are written as UTF-8 characters, not \u escapes: the JSON is for DICOM clients, not HTML.
    private static JsonWriterOptions WriterOptions(DicomJsonWriterOptions options) => new()
    {
        Indented = options.Indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
