using Dicom.Clean.Application.Instances.Ingest;
using Dicom.Clean.Application.Uploads.Common;

namespace Dicom.Clean.Api.Uploads;

/// <summary>Binds the <c>Uploads</c> and <c>Ingest</c> sections and starts the upload sweeper.</summary>
public static class UploadsWebRegistration
{
    /// <summary>Adds the upload options and the background sweeper.</summary>
    public static IServiceCollection AddResumableUploads(this IServiceCollection services)
    {
        services.AddOptions<UploadOptions>().BindConfiguration(UploadOptions.SectionName)
            .Validate(o => o.MaxFileBytes > 0 && o.Expiry > TimeSpan.Zero && o.SweepInterval > TimeSpan.Zero && o.LockWait >= TimeSpan.Zero,
                "Uploads: MaxFileBytes, Expiry and SweepInterval must be positive.")
            .ValidateOnStart();
        // Checked at start: a misspelt value must stop the service, not fail its first store.
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.SectionName)
            .Validate(o => Enum.IsDefined(o.DuplicatePolicy) && Enum.IsDefined(o.Rendering),
                "Ingest: DuplicatePolicy must be Reject or KeepVersions; Rendering must be AfterAnswer or BeforeAnswer.")
            .ValidateOnStart();
        services.AddHostedService<UploadSweeper>();
        return services;
    }
}
