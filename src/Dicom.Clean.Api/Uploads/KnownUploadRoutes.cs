namespace Dicom.Clean.Api.Uploads;

/// <summary>Routes of the resumable uploads.</summary>
public static class KnownUploadRoutes
{
    /// <summary>tus creation and discovery.</summary>
    public const string Uploads = "/uploads";

    /// <summary>One upload.</summary>
    public const string Upload = "/uploads/{key}";

    /// <summary>Location of an upload.</summary>
    public static string UploadLocation(string key) => $"{Uploads}/{key}";
}
