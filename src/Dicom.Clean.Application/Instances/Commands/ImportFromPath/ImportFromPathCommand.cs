using Dicom.Clean.Application.Instances.Ingest;
using Mediator;

namespace Dicom.Clean.Application.Instances.Commands.ImportFromPath;

/// <summary>Stores a file the server reads from an import root (the seed's <c>POST /dicom</c>).</summary>
/// <param name="Path">Absolute, or relative to the first import root. Patient data: never logged.</param>
public sealed record ImportFromPathCommand(string? Path) : ICommand<StoreResult>;
