namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// One lookup table as stored: the three values of its LUT Descriptor and its LUT Data. Used for
/// the Modality LUT Sequence item, VOI LUT Sequence items and each Palette Color LUT.
/// </summary>
/// <param name="NumberOfEntries">Descriptor value 1: number of entries; 0 means 65536 (PS3.3 C.11.1.1).</param>
/// <param name="FirstMappedValue">
/// Descriptor value 2 exactly as its 16 bits were stored. Whether it is read as signed depends on the
/// input of the table (signed pixel data, or signed modality values for a VOI LUT), so the renderer
/// interprets it, not the caller.
/// </param>
/// <param name="BitsPerEntry">Descriptor value 3: bits per entry, 8 to 16.</param>
/// <param name="Data">
/// LUT Data as 16-bit words in host order (US, SS or OW read with the file's byte order). A table of
/// 8-bit entries may pack two entries per word, low byte first; the renderer recognises it by its
/// length (half the number of entries, rounded up), as DCMTK does.
/// </param>
/// <param name="Explanation">LUT Explanation (0028,3003), when present.</param>
public sealed record LookupTableData(
    ushort NumberOfEntries,
    ushort FirstMappedValue,
    ushort BitsPerEntry,
    ReadOnlyMemory<ushort> Data,
    string? Explanation = null)
{
    /// <summary>
    /// Expands Segmented Palette Color Lookup Table Data (PS3.3 C.7.9.2: discrete, linear and
    /// indirect segments) into an ordinary table with the given descriptor.
    /// </summary>
    /// <param name="numberOfEntries">Descriptor value 1 (0 means 65536).</param>
    /// <param name="firstMappedValue">Descriptor value 2.</param>
    /// <param name="bitsPerEntry">Descriptor value 3; with 8, each word holds two segment values, low byte first.</param>
    /// <param name="segmentedData">The segmented LUT data as 16-bit words in host order.</param>
    /// <returns>The expanded table.</returns>
    /// <exception cref="DicomException">The segments are malformed (unknown opcode, truncated, nested indirection).</exception>
    public static LookupTableData FromSegmented(
        ushort numberOfEntries, ushort firstMappedValue, ushort bitsPerEntry, ReadOnlySpan<ushort> segmentedData)
    {
        var entries = numberOfEntries == 0 ? 65536 : numberOfEntries;
        var expanded = SegmentedLookupTableExpander.Expand(segmentedData, bitsPerEntry == 8, entries);
        return new LookupTableData(numberOfEntries, firstMappedValue, bitsPerEntry, expanded);
    }
}
