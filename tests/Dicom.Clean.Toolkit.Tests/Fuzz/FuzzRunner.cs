using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Json;

namespace Dicom.Clean.Toolkit.Tests.Fuzz;

/// <summary>
/// Runs one fuzz case: read the bytes, write the meta information and data set as JSON, read that JSON
/// back, and walk every element's display text and keyword. Only <see cref="DicomException"/> may escape; the case runs on a
/// pool thread under a generous timeout (a hang is reported, not timed), and the bytes the case
/// allocates on its thread must stay under a bound proportional to the input.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>Far beyond what any case needs (milliseconds): only a hang reaches it.</summary>
    public static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Reader options for fuzzing: the defaults, but a deflated data set may inflate to 16 MiB only, so a
    /// deflate bomb is refused before it fills memory (the default allows 1 GiB).
    /// </summary>
    public static readonly DicomReaderOptions Options = new() { MaxInflatedLength = 16 << 20 };

    private static readonly DicomJsonWriterOptions WithoutPixelData = new() { IncludePixelData = false };

    /// <summary>
    /// Bytes one case may allocate: fixed overhead plus a multiple of the input (decoded text, JSON buffers);
    /// for a deflated data set also the inflated bytes held in memory (never more than the limit, and no
    /// copy of them) and the 1 MiB buffer used past the in-memory threshold.
    /// </summary>
    public static long AllocationBound(int inputLength, DicomReaderOptions options, bool deflated) =>
        (16L << 20) + (32L * inputLength) + (deflated ? Math.Min(options.MaxInflatedLength, options.InflateToFileThreshold) + (1L << 20) : 0);

    /// <summary>Runs the case.</summary>
    /// <param name="input">The file's bytes.</param>
    /// <param name="options">Reader options.</param>
    /// <param name="deflated">True when the input carries a deflated data set (it may inflate to the options' limit).</param>
    public static FuzzOutcome Run(byte[] input, DicomReaderOptions options, bool deflated = false) =>
        Guard(() => Exercise(input, options), AllocationBound(input.Length, options, deflated));

    /// <summary>Runs any case under the same rules: only DicomException, no hang, at most <paramref name="bound"/> bytes allocated.</summary>
    public static FuzzOutcome Guard(Action exercise, long bound)
    {
        var task = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                exercise();
                return ((Exception?)null, GC.GetAllocatedBytesForCurrentThread() - before);
            }
            catch (Exception error)
            {
                return (error, GC.GetAllocatedBytesForCurrentThread() - before);
            }
        });
        if (!task.Wait(HangTimeout))
        {
            return new FuzzOutcome($"still running after {HangTimeout.TotalSeconds} s: a hang", null);
        }

        var (error, allocated) = task.Result;
        if (error is not null and not DicomException)
        {
            var top = error.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "(no stack)";
            return new FuzzOutcome($"{error.GetType().Name}: {error.Message} {top}", null);
        }

        return new FuzzOutcome(allocated > bound ? $"allocated {allocated} bytes, more than {bound}" : null, error as DicomException);
    }

    private static void Exercise(byte[] input, DicomReaderOptions options)
    {
        using var file = DicomFile.Read(input, options);
        DicomJsonWriter.Write(Stream.Null, file.FileMetaInformation);
        DicomJsonWriter.Write(Stream.Null, file.Dataset);

        // The JSON reader gets whatever the writer makes of damaged data (pixel data aside: it is only bytes).
        DicomJsonReader.Read(DicomJsonWriter.SerializeToUtf8Bytes(file.Dataset, WithoutPixelData));
        foreach (var entry in file.Dataset.Walk())
        {
            _ = entry.DisplayText;
            _ = entry.Keyword;
        }
    }
}

/// <summary>What one fuzz case did.</summary>
/// <param name="Problem">Null when the case behaved; else the escape, hang or allocation excess.</param>
/// <param name="Rejection">The toolkit's exception when the input was refused as damaged; null when it was read.</param>
internal sealed record FuzzOutcome(string? Problem, DicomException? Rejection);
