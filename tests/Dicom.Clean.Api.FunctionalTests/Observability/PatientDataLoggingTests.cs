using System.Net;
using System.Net.Http.Json;
using Dicom.Clean.Api.FunctionalTests.Security;
using Dicom.Clean.Api.FunctionalTests.Support;
using Dicom.Clean.Toolkit;
using Dicom.Clean.Toolkit.Dictionary;
using Dicom.Clean.Toolkit.IO;
using Dicom.Clean.Toolkit.Model;
using Dicom.Clean.Toolkit.Uids;
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
        var builder = new DicomDatasetBuilder()
            .Add(DicomTags.SOPClassUID, "1.2.840.10008.5.1.4.1.1.7")
            .Add(DicomTags.SOPInstanceUID, sopInstanceUid)
            .Add(DicomTags.Modality, "OT")
            .Add(DicomTags.PatientName, $"{FamilyName}^{GivenName}")
            .Add(DicomTags.PatientID, PatientId)
            .Add(DicomTags.PatientBirthDate, BirthDate)
            .Add(DicomTags.StudyInstanceUID, "1.2.3")
            .Add(DicomTags.SeriesInstanceUID, "1.2.3.4");
        if (withPixels)
        {
            builder.Add(DicomTags.SamplesPerPixel, DicomVR.US, (ushort)1)
                .Add(DicomTags.PhotometricInterpretation, "MONOCHROME2")
                .Add(DicomTags.Rows, DicomVR.US, (ushort)2)
                .Add(DicomTags.Columns, DicomVR.US, (ushort)2)
                .Add(DicomTags.BitsAllocated, DicomVR.US, (ushort)16)
                .Add(DicomTags.BitsStored, DicomVR.US, (ushort)16)
                .Add(DicomTags.HighBit, DicomVR.US, (ushort)15)
                .Add(DicomTags.PixelRepresentation, DicomVR.US, (ushort)0)
                .Add(DicomTags.PixelData, DicomVR.OW, new ushort[] { 1, 2, 3, 4 });
        }

        var meta = new DicomDatasetBuilder()
            .Add(DicomTags.MediaStorageSOPClassUID, "1.2.840.10008.5.1.4.1.1.7")
            .Add(DicomTags.MediaStorageSOPInstanceUID, sopInstanceUid)
            .Build();
        using var output = new MemoryStream();
        DicomWriter.Write(output, builder.Build(), DicomTransferSyntax.ExplicitVRLittleEndian, fileMetaInformation: meta);
        return output.ToArray();
    }
}
