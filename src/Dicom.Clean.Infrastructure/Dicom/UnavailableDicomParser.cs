using Dicom.Clean.Application.Common.Exceptions;
using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Infrastructure.Dicom;

/// <summary>
/// Stands in for the toolkit adapter until the toolkit's reader is merged: every file is refused
/// (422) with that reason, so nothing is stored half-understood.
/// </summary>
internal sealed class UnavailableDicomParser : IDicomParser
{
    public Task<ParsedDicom> ParseAsync(Stream content, CancellationToken cancellationToken) =>
        throw new UnreadableDicomException("DICOM parsing is not available in this build yet.", offset: null);
}
