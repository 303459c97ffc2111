using System.Globalization;
using System.Text;
using Dicom.Clean.Application.Common.Ports;

namespace Dicom.Clean.Api.FunctionalTests.Support;

/// <summary>
/// Renders <see cref="FakeDicomFile"/> files to a grey PNG of their Rows x Columns (JPEG on
/// request is the same bytes labelled JPEG), or "unavailable" without pixel data. Replaced by the
/// toolkit's renderer when it lands.
/// </summary>
internal sealed class FakeImageRenderer : IImageRenderer
{
    public async Task<RenderResult> RenderAsync(Stream original, ImageRenderRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(original, Encoding.UTF8, leaveOpen: true);
        var lines = (await reader.ReadToEndAsync(cancellationToken)).Split('\n');
        string? Value(string keyword) => lines.Select(l => l.Split('|')).FirstOrDefault(p => p.Length > 3 && p[2] == keyword)?[3];
        if (Value("PixelData") is null)
        {
            return RenderResult.Unavailable("The instance has no pixel data.");
        }

        var png = TestPng.Grey(int.Parse(Value("Columns")!, CultureInfo.InvariantCulture), int.Parse(Value("Rows")!, CultureInfo.InvariantCulture));
        return RenderResult.Rendered(png, request.Format == ImageFormat.Png ? "image/png" : "image/jpeg");
    }
}
