using Dicom.Clean.Application.Jobs.Common;
using Mediator;

namespace Dicom.Clean.Application.Jobs.Commands.StartFolderImport;

/// <summary>
/// Starts a background job importing every file below a folder (<c>POST /dicom</c> with a folder).
/// Answers null when the path names no folder, so path import answers it as a file.
/// </summary>
/// <param name="Path">Absolute, or relative to the first import root. Patient data: never logged.</param>
public sealed record StartFolderImportCommand(string? Path) : ICommand<ImportJobSummaryDto?>;
