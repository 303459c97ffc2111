using Dicom.Clean.Application.Common.Observability;
using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Infrastructure.Observability;

/// <summary>A <c>parse</c> span around the parser port.</summary>
internal sealed class ObservedDicomParser(IDicomParser inner) : IDicomParser
{
    public async Task<ParsedDicom> ParseAsync(Stream content, CancellationToken cancellationToken)
    {
        using var activity = ServiceTelemetry.ActivitySource.StartActivity("parse");
        try
        {
            var parsed = await inner.ParseAsync(content, cancellationToken);
            activity?.SetTag("dicom_clean.parse.elements", parsed.Elements.Count);
            activity?.SetTag("dicom_clean.parse.warnings", parsed.Warnings.Count);
            return parsed;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }
}
