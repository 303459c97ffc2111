using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Application.Instances.Ingest;
using Mediator;

namespace Dicom.Clean.Application.Instances.Commands.ImportFromPath;

/// <summary>Opens the file inside the import roots and ingests it.</summary>
public sealed class ImportFromPathHandler(IImportFileSource files, IInstanceIngestor ingestor)
    : ICommandHandler<ImportFromPathCommand, StoreResult>
{
    /// <inheritdoc />
    public async ValueTask<StoreResult> Handle(ImportFromPathCommand command, CancellationToken cancellationToken)
    {
        await using var content = await files.OpenAsync(command.Path!, cancellationToken);
        return await ingestor.IngestAsync(content, cancellationToken);
    }
}
