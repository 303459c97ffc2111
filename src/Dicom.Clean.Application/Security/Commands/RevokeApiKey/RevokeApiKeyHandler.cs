using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Domain.Security;
using Mediator;

namespace Dicom.Clean.Application.Security.Commands.RevokeApiKey;

/// <summary>Marks the key revoked; keys defined in configuration are removed there instead.</summary>
public sealed class RevokeApiKeyHandler(IApiKeyRepository keys, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand, bool>
{
    /// <inheritdoc />
    public async ValueTask<bool> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var key = await keys.FindAsync(command.Id!, cancellationToken);
        if (key is null)
        {
            return false;
        }

        if (key.FromConfiguration)
        {
            throw new ApiKeyReadOnlyException(key.Id);
        }

        key.Revoke(clock.GetUtcNow());
        await keys.UpdateAsync(key, cancellationToken);
        return true;
    }
}
