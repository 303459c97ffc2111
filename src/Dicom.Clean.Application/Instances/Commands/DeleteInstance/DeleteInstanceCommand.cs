using Mediator;

namespace Dicom.Clean.Application.Instances.Commands.DeleteInstance;

/// <summary>Deletes an instance's rows and blobs. Answers false when the id is unknown.</summary>
/// <param name="Id">Server id.</param>
public sealed record DeleteInstanceCommand(string? Id) : ICommand<bool>;
