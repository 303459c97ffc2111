using Mediator;

namespace Dicom.Clean.Application.Uploads.Commands.DeleteUpload;

/// <summary>Removes an upload's state and bytes (tus termination). False when there is no such upload.</summary>
/// <param name="Key">Upload key.</param>
public sealed record DeleteUploadCommand(string? Key) : ICommand<bool>;
