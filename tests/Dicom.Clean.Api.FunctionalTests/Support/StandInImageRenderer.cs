using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Dictionary;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>
/// Until the toolkit's renderer is merged: a grey PNG of the file's Rows x Columns (the same bytes
/// labelled JPEG on request), or "unavailable" without pixel data. Lets the image routes be tested
/// end to end; the real renderer replaces it in the service and here.
/// </summary>
internal sealed class StandInImageRenderer : IImageRenderer
{
    public Task<RenderResult> RenderAsync(Stream original, ImageRenderRequest request, CancellationToken cancellationToken)
    {
        using var file = DicomFile.Read(original, leaveOpen: true);
        var dataset = file.Dataset;
        if (!dataset.Contains(DicomTags.PixelData))
        {
            return Task.FromResult(RenderResult.Unavailable("The instance has no pixel data."));
        }

        var png = TestPng.Grey(dataset.Find(DicomTags.Columns)!.GetInt32(), dataset.Find(DicomTags.Rows)!.GetInt32());
        return Task.FromResult(RenderResult.Rendered(png, request.Format == ImageFormat.Png ? "image/png" : "image/jpeg"));
    }
}
