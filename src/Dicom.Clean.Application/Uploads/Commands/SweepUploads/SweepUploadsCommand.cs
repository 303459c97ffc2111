using Mediator;

namespace Dicom.Clean.Application.Uploads.Commands.SweepUploads;

/// <summary>Removes expired uploads and finishes complete ones a crash left without outcome.</summary>
public sealed record SweepUploadsCommand : ICommand<UploadSweepResult>;
