using System.Text.Json;
using Dicom.Clean.Toolkit.Json;
using Dicom.Clean.Toolkit.Tests.Support;

namespace Dicom.Clean.Toolkit.Tests.Json;

/// <summary>Builds small files element by element and gives back what the JSON writer makes of them.</summary>
internal static class JsonTestFiles
{
    public const string ExplicitLittle = "1.2.840.10008.1.2.1";
    public const string ImplicitLittle = "1.2.840.10008.1.2";
    public const string ExplicitBig = "1.2.840.10008.1.2.2";

    public static byte[] Build(Action<DicomByteBuilder> elements, string transferSyntax = ExplicitLittle)
    {
        var builder = DicomByteBuilder.Part10(transferSyntax, transferSyntax != ImplicitLittle, transferSyntax == ExplicitBig);
        elements(builder);
        return builder.ToArray();
    }

    /// <summary>The compact JSON of a file built from <paramref name="elements"/>.</summary>
    public static string JsonOf(Action<DicomByteBuilder> elements, DicomJsonWriterOptions? options = null, string transferSyntax = ExplicitLittle)
    {
        var file = DicomFile.Read(Build(elements, transferSyntax));
        return DicomJsonWriter.Serialize(file.Dataset, options);
    }

    /// <summary>One attribute object of the JSON, as compact text.</summary>
    public static string Attribute(string json, string tag)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(tag).GetRawText();
    }
}
