using System.Text.Json;
using Dicom.Clean.Toolkit.Model;

namespace Dicom.Clean.Toolkit.Json;

/// <summary>
/// Reads DICOM JSON (PS3.18 F.2) back into a data set: the JSON is encoded as explicit VR little endian
/// and read with the toolkit's reader, so the result is an ordinary <see cref="DicomDataset"/>. Text is
/// encoded with the Specific Character Set the JSON declares (each item may declare its own); when none
/// is declared and a value is not ASCII, (0008,0005) <c>ISO_IR 192</c> is added. Everything
/// <see cref="DicomJsonWriter"/> writes from a data set reads back to the same JSON.
/// </summary>
/// <remarks>
/// Strict, as a writer is: a value that does not fit its VR (a US of 70000, text the declared character
/// set cannot hold, a short-length VR over 64 KiB), a repeated member, a missing or unknown "vr", and
/// file meta information (group 0002) at the top level are refused with <see cref="DicomException"/>.
/// Lenient where PS3.18 is: IS and DS as numbers or strings, SV and UV as strings, FL and FD as the
/// strings NaN, Infinity and -Infinity, a PN given as a string. OB InlineBinary that is a whole item
/// sequence (starting with an item tag, ending with a sequence delimiter) is read as encapsulated data.
/// </remarks>
public static class DicomJsonReader
{
    // Three JSON levels per sequence level (element, Value array, item), beyond the reader's own limit.
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 256 };

    /// <summary>Reads one data set from UTF-8 JSON (an object of attributes).</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="options">Options; <see cref="DicomJsonReaderOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">The JSON is not a DICOM JSON object, or a value cannot be encoded.</exception>
    public static DicomDataset Read(ReadOnlyMemory<byte> utf8Json, DicomJsonReaderOptions? options = null)
    {
        using var document = Parse(utf8Json);
        return Read(document.RootElement, options);
    }

    /// <summary>Reads one data set from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="options">Options; <see cref="DicomJsonReaderOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">The JSON is not a DICOM JSON object, or a value cannot be encoded.</exception>
    public static DicomDataset Read(string json, DicomJsonReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(System.Text.Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads one data set from a parsed JSON object.</summary>
    /// <param name="json">The object of attributes.</param>
    /// <param name="options">Options; <see cref="DicomJsonReaderOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">The JSON is not a DICOM JSON object, or a value cannot be encoded.</exception>
    public static DicomDataset Read(JsonElement json, DicomJsonReaderOptions? options = null)
    {
        var bytes = DicomJsonDatasetEncoder.Encode(json, options ?? DicomJsonReaderOptions.Default);
        return DicomFile.Read(bytes).Dataset;
    }

    /// <summary>Reads every data set of a JSON array (a QIDO-RS or metadata response).</summary>
    /// <param name="utf8Json">The JSON: an array of objects.</param>
    /// <param name="options">Options; <see cref="DicomJsonReaderOptions.Default"/> when null.</param>
    /// <exception cref="DicomException">The JSON is not an array of DICOM JSON objects, or a value cannot be encoded.</exception>
    public static IReadOnlyList<DicomDataset> ReadArray(ReadOnlyMemory<byte> utf8Json, DicomJsonReaderOptions? options = null)
    {
        using var document = Parse(utf8Json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new DicomException($"Expected a JSON array of data sets, found {document.RootElement.ValueKind}");
        }

        return [.. document.RootElement.EnumerateArray().Select(item => Read(item, options))];
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            return JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new DicomException($"Not valid JSON: {ex.Message}", innerException: ex);
        }
    }
}
