using Mediator;

namespace Dicom.Clean.Application.Security.Commands.RevokeApiKey;

/// <summary>Stops a key from working; false when no such key exists.</summary>
/// <param name="Id">Public key id.</param>
public sealed record RevokeApiKeyCommand(string? Id) : ICommand<bool>;
