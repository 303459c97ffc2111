using System.Collections.Concurrent;
using System.Diagnostics;
using Dicom.Clean.Api.FunctionalTests.Security;
using Dicom.Clean.Api.FunctionalTests.Support;

namespace Dicom.Clean.Api.FunctionalTests.Observability;

/// <summary>An ingest is one trace: the request, the ingest span, and its parse, blob write and commit spans.</summary>
public sealed class IngestTracingTests : SecuredServiceFixture
{
    [Test]
    public async Task Store_ProducesIngestSpanWithParseBlobAndCommitChildren()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Dicom.Clean",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await StoreAsync(Admin, TestDicomFiles.Build("1.2.3.900"));

        var ingest = stopped.Single(a => a.OperationName == "ingest");
        var children = stopped.Where(a => a.TraceId == ingest.TraceId && a != ingest).Select(a => a.OperationName).ToList();
        Assert.That(children, Is.SupersetOf(new[] { "blob.stage", "parse", "blob.commit", "commit" }));
        Assert.That(stopped.Where(a => a.TraceId == ingest.TraceId && a != ingest).Select(a => a.ParentSpanId), Has.None.EqualTo(default(ActivitySpanId)));
        Assert.That(ingest.GetTagItem("dicom_clean.ingest.outcome"), Is.EqualTo("stored"));
    }
}
