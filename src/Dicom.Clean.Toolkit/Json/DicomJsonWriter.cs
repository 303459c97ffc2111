using System.Text.Encodings.Web;
using System.Text.Json;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// Writes a data set in the DICOM JSON model (PS3.18 F.2) straight to a <see cref="Utf8JsonWriter"/> or a
/// stream: no intermediate document, values decoded from their bytes as they are written, binary values
/// streamed in chunks as base64 (or named by a BulkDataURI). Members are in ascending tag order, group
/// lengths are left out, text is decoded with each data set's character set; see docs/toolkit.md for
/// how each VR is written.
/// </summary>
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
