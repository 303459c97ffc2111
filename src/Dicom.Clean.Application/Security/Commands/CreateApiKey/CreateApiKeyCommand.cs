using Mediator;

namespace Dicom.Clean.Application.Security.Commands.CreateApiKey;

/// <summary>Makes a new API key; its token is returned once and never stored.</summary>
/// <param name="Role"><c>reader</c>, <c>writer</c> or <c>admin</c>.</param>
/// <param name="Name">What the key is for (optional, at most 100 characters).</param>
public sealed record CreateApiKeyCommand(string? Role, string? Name) : ICommand<CreatedApiKey>;
