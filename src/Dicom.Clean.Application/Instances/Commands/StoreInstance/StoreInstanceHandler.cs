using Dicom.Clean.Application.Instances.Ingest;
using Mediator;

namespace Dicom.Clean.Application.Instances.Commands.StoreInstance;

/// <summary>Ingests the sent file.</summary>
public sealed class StoreInstanceHandler(IInstanceIngestor ingestor) : ICommandHandler<StoreInstanceCommand, StoreResult>
{
    /// <inheritdoc />
    public async ValueTask<StoreResult> Handle(StoreInstanceCommand command, CancellationToken cancellationToken) =>
        await ingestor.IngestAsync(command.Content, cancellationToken);
}
