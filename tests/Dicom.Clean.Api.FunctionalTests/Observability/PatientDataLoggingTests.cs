using System.Net;
using System.Net.Http.Json;
using Dicom.Clean.Api.FunctionalTests.Security;
using Dicom.Clean.Api.FunctionalTests.Support;
using Dicom.Clean.Toolkit.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace Dicom.Clean.Api.FunctionalTests.Observability;

/// <summary>
/// Logs hold no patient data, at any level: every category at Verbose, through the success and
/// error paths a client can reach (store, duplicate, conflict, damaged file, filters, a path that
/// names the patient, bad requests), and not one line may quote the name, ID or birth date.
/// </summary>
public sealed class PatientDataLoggingTests : SecuredServiceFixture
{
    private const string FamilyName = "Zyxwvutqk";
    private const string GivenName = "Qopqrsjh";
    private const string PatientId = "PID-7761-QXZ";
    private const string BirthDate = "19020317";
    private static readonly string[] Forbidden = [FamilyName, GivenName, PatientId, BirthDate];
    private readonly CapturedLog _log = new();

    private protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Serilog:MinimumLevel:Default", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore", "Verbose");
        builder.UseSetting("Serilog:MinimumLevel:Override:System", "Verbose");
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(_log));
    }

    [Test]
    public async Task IngestReadAndErrors_NeverLogPatientNameIdOrBirthDate()
    {
        var file = Build("1.2.3.700", withPixels: true);
        var folder = Path.Combine(Factory.ImportRoot, $"{FamilyName}_{GivenName}_{PatientId}");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, $"{BirthDate}.dcm"), file);

        var imported = await Admin.PostAsJsonAsync("/dicom", new { path = $"{FamilyName}_{GivenName}_{PatientId}/{BirthDate}.dcm" });
        Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.Created), await imported.Content.ReadAsStringAsync());
        var id = await StoreAsync(Admin, Build("1.2.3.701", withPixels: false));
        Assert.That((await Post(file)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "duplicate");
        Assert.That((await Post(Build("1.2.3.700", withPixels: false))).StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var damaged = file.AsSpan(0, file.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(GivenName)) + 3).ToArray();
        Assert.That((await Post(damaged)).StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await Admin.GetAsync($"/instances?patientId={PatientId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Admin.GetAsync($"/instances?patientId={PatientId}&pageSize=0")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Admin.GetAsync($"/tags?id={id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Admin.GetAsync($"/instances/{id}/image")).StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await Admin.PostAsJsonAsync("/dicom", new { path = $"{FamilyName}/missing.dcm" })).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Admin.PostAsJsonAsync("/dicom", new { path = $"../{PatientId}.dcm" })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        using var bad = Factory.CreateClient($"{PatientId}");
        Assert.That((await bad.GetAsync($"/instances?patientId={PatientId}")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var lines = _log.Lines.ToList();
        Assert.That(lines, Has.Count.GreaterThan(100), "Verbose logging should have produced many lines");
        var leaks = lines.Where(l => Forbidden.Any(f => l.Contains(f, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks.Take(5)));
    }

    [Test]
    public async Task RequestLines_CarryRequestIdAndTraceId()
    {
        await Admin.GetAsync("/instances");
        await StoreAsync(Admin, Build("1.2.3.702", withPixels: false));

        var requestLines = _log.Lines.Where(l => l.Contains("\"RequestPath\"", StringComparison.Ordinal)).ToList();

        Assert.That(requestLines, Is.Not.Empty);
        Assert.That(requestLines, Has.All.Contains("\"RequestId\"").And.All.Contains("\"@tr\""));
    }

    private async Task<HttpResponseMessage> Post(byte[] file)
    {
        using var content = new ByteArrayContent(file);
        content.Headers.ContentType = new("application/dicom");
        return await Admin.PostAsync("/instances", content);
    }

    private static byte[] Build(string sopInstanceUid, bool withPixels)
    {
        var builder = DicomByteBuilder.Part10(TestDicomFiles.ExplicitLittleEndian)
            .Text(0x0008, 0x0016, "UI", "1.2.840.10008.5.1.4.1.1.7")
            .Text(0x0008, 0x0018, "UI", sopInstanceUid)
            .Text(0x0008, 0x0060, "CS", "OT")
            .Text(0x0010, 0x0010, "PN", $"{FamilyName}^{GivenName}")
            .Text(0x0010, 0x0020, "LO", PatientId)
            .Text(0x0010, 0x0030, "DA", BirthDate)
            .Text(0x0020, 0x000D, "UI", "1.2.3")
            .Text(0x0020, 0x000E, "UI", "1.2.3.4");
        if (withPixels)
        {
            builder.UInt16(0x0028, 0x0002, 1).Text(0x0028, 0x0004, "CS", "MONOCHROME2")
                .UInt16(0x0028, 0x0010, 2).UInt16(0x0028, 0x0011, 2)
                .UInt16(0x0028, 0x0100, 8).UInt16(0x0028, 0x0101, 8).UInt16(0x0028, 0x0102, 7).UInt16(0x0028, 0x0103, 0)
                .Bytes(0x7FE0, 0x0010, "OB", [1, 2, 3, 4]);
        }

        return builder.ToArray();
    }
}
