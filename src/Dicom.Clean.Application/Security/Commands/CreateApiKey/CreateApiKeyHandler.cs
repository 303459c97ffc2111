using Dicom.Clean.Application.Security.Common;
using Dicom.Clean.Domain.Security;
using Mediator;

namespace Dicom.Clean.Application.Security.Commands.CreateApiKey;

/// <summary>Generates a token, stores its hash, returns the token once.</summary>
public sealed class CreateApiKeyHandler(IApiKeyRepository keys, TimeProvider clock) : ICommandHandler<CreateApiKeyCommand, CreatedApiKey>
{
    /// <inheritdoc />
    public async ValueTask<CreatedApiKey> Handle(CreateApiKeyCommand command, CancellationToken cancellationToken)
    {
        if (!RoleNames.TryParse(command.Role, out var role))
        {
            throw new ArgumentException("Unknown role; the validator should have refused it.", nameof(command));
        }

        var (id, token) = ApiKeyToken.Create();
        var key = ApiKey.Create(id, command.Name?.Trim() ?? string.Empty, role, ApiKeyToken.Hash(token), clock.GetUtcNow());
        await keys.AddAsync(key, cancellationToken);
        return new CreatedApiKey(key.Id, token, key.Name, RoleNames.Of(key.Role), key.CreatedAt);
    }
}
