namespace Dicom.Clean.Application.Common.Ports;

/// <summary>One data element as the service stores it.</summary>
/// <param name="Tag">Group in the high half, element in the low half (<c>0x00100010</c>).</param>
/// <param name="Vr">Two-letter VR as read (or as the dictionary gives for implicit VR).</param>
/// <param name="Keyword">Dictionary keyword, empty when unknown.</param>
/// <param name="Value">Display text: text trimmed, multiple values joined by <c>\</c>, binary summarised.</param>
/// <param name="Path">Item path of the parent, e.g. <c>(0008,1115)[0]</c>; empty at top level.</param>
public sealed record ParsedElement(uint Tag, string Vr, string Keyword, string Value, string Path);
