namespace Dicom.Clean.Api.Infrastructure;

/// <summary>Media types the API reads and writes.</summary>
public static class MediaTypes
{
    /// <summary>JSON.</summary>
    public const string Json = "application/json";

    /// <summary>RFC 9457 problem details.</summary>
    public const string ProblemJson = "application/problem+json";

    /// <summary>A DICOM Part 10 file (PS3.18).</summary>
    public const string Dicom = "application/dicom";

    /// <summary>Multipart form upload.</summary>
    public const string MultipartFormData = "multipart/form-data";

    /// <summary>PNG image.</summary>
    public const string Png = "image/png";

    /// <summary>JPEG image.</summary>
    public const string Jpeg = "image/jpeg";
}
