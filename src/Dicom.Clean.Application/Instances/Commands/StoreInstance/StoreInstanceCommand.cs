using Dicom.Clean.Application.Instances.Ingest;
using Mediator;

namespace Dicom.Clean.Application.Instances.Commands.StoreInstance;

/// <summary>Stores a file sent in a request body (<c>POST /instances</c>).</summary>
/// <param name="Content">The file's bytes; read to the end, disposed by the caller.</param>
public sealed record StoreInstanceCommand(Stream Content) : ICommand<StoreResult>;
