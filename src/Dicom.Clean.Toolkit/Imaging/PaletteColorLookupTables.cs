namespace Dicom.Clean.Toolkit.Imaging;

/// <summary>
/// The Palette Color Lookup Table module: red, green and blue tables (descriptors 0028,1101-1103 and
/// data 0028,1201-1203, or the segmented data 0028,1221-1223 expanded with
/// <see cref="LookupTableData.FromSegmented"/>).
/// </summary>
/// <param name="Red">The red table.</param>
/// <param name="Green">The green table.</param>
/// <param name="Blue">The blue table.</param>
public sealed record PaletteColorLookupTables(LookupTableData Red, LookupTableData Green, LookupTableData Blue);
