using Dicom.Clean.Domain.Jobs;

namespace Dicom.Clean.Domain.UnitTests.Jobs;

public sealed class ImportJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Test]
    public void Lifecycle_QueuedStartedResumedCompleted_RecordsTimesAndResumptions()
    {
        var job = NewJob();

        job.Start(Now.AddSeconds(1));
        job.Resume();
        job.Complete(Now.AddSeconds(9));

        Assert.That(job.State, Is.EqualTo(ImportJobState.Completed));
        Assert.That(job.StartedAt, Is.EqualTo(Now.AddSeconds(1)));
        Assert.That(job.FinishedAt, Is.EqualTo(Now.AddSeconds(9)));
        Assert.That(job.Resumptions, Is.EqualTo(1));
    }

    [Test]
    public void Complete_WhenQueued_Throws() =>
        Assert.Throws<InvalidOperationException>(() => NewJob().Complete(Now));

    [Test]
    public void Fail_WhenCompleted_Throws()
    {
        var job = NewJob();
        job.Start(Now);
        job.Complete(Now);

        Assert.Throws<InvalidOperationException>(() => job.Fail("gone", Now));
    }

    [Test]
    public void Fail_WhenQueued_KeepsTheReason()
    {
        var job = NewJob();

        job.Fail("The folder no longer exists.", Now);

        Assert.That(job.State, Is.EqualTo(ImportJobState.Failed));
        Assert.That(job.FailureReason, Is.EqualTo("The folder no longer exists."));
    }

    [Test]
    public void ImportJobId_TryParse_AcceptsTheInstanceIdShapeOnly()
    {
        Assert.That(ImportJobId.TryParse("iEfcZk3Vn6H8iyqc3seHrm", out var id), Is.True);
        Assert.That(id.Value, Is.EqualTo("iEfcZk3Vn6H8iyqc3seHrm"));
        Assert.That(ImportJobId.TryParse("not-an-id", out _), Is.False);
        Assert.That(ImportJobId.TryParse(null, out _), Is.False);
    }

    [Test]
    public void Counts_Done_IsTheSumOfOutcomes() =>
        Assert.That(new ImportJobCounts(10, 3, 2, 1).Done, Is.EqualTo(6));

    private static ImportJob NewJob() => ImportJob.Create(ImportJobId.From("iEfcZk3Vn6H8iyqc3seHrm"), "study", "/data/import/study", Now, "anonymous", null, null);
}
